package io.modelcards.hf;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.testing.Fixtures;
import io.modelcards.testing.Python;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What huggingface_hub reads from a README modelcards writes from the typed card equals what it reads from the
 * original, for a corpus of front matters in the shapes the Hub libraries write ({@code readme/hubcorpus}). The
 * reference is huggingface_hub's reading, reproduced in a short Python script: PyYAML's {@code safe_load} of the front
 * matter, then {@code ModelCardData(**metadata).to_dict()} with its model-index parsing and writing. The import corpus of
 * Hub layouts ({@code readme/layouts}) is checked the same way. Values are compared
 * with their types (3 is not 3.0, true is not "yes"), key order aside.
 */
class HubReadingDifferentialTest {
    /** huggingface_hub's repocard_data reading rules, for the front matter of each README named on the command line. */
    static final String REFERENCE = String.join("\n",
            "import yaml, json, re, sys",
            "from collections import defaultdict",
            "RX = re.compile(r'^(\\s*---[\\r\\n]+)([\\S\\s]*?)([\\r\\n]+---(\\r\\n|\\n|$))')",
            "NAMED = ['base_model', 'datasets', 'eval_results', 'language', 'library_name', 'license', 'license_name',",
            "         'license_link', 'metrics', 'model_name', 'pipeline_tag', 'tags']",
            "def remove_none(o):",
            "    if isinstance(o, list): return [remove_none(x) for x in o if x is not None]",
            "    if isinstance(o, dict): return {k: remove_none(v) for k, v in o.items() if k is not None and v is not None}",
            "    return o",
            "def unique(tags):",
            "    if tags is None: return None",
            "    out = []",
            "    for t in tags:",
            "        if t not in out: out.append(t)",
            "    return out",
            "def to_eval_results(index):",
            "    results = []",
            "    for entry in index:",
            "        name = entry['name']",
            "        for r in entry['results']:",
            "            task, ds, src = r['task'], r['dataset'], r.get('source', {})",
            "            for m in r['metrics']:",
            "                results.append(dict(task_type=task['type'], task_name=task.get('name'), dataset_type=ds['type'],",
            "                    dataset_name=ds['name'], dataset_config=ds.get('config'), dataset_split=ds.get('split'),",
            "                    dataset_revision=ds.get('revision'), dataset_args=ds.get('args'), source_name=src.get('name'),",
            "                    source_url=src.get('url'), metric_type=m['type'], metric_value=m['value'], metric_name=m.get('name'),",
            "                    metric_args=m.get('args'), metric_config=m.get('config'), verified=m.get('verified'),",
            "                    verify_token=m.get('verifyToken')))",
            "    return name, results",
            "def to_model_index(name, results):",
            "    groups = defaultdict(list)",
            "    for r in results:",
            "        groups[(r['task_type'], r['dataset_type'], r['dataset_config'], r['dataset_split'],",
            "                r['dataset_revision'])].append(r)",
            "    data = []",
            "    for rs in groups.values():",
            "        s = rs[0]",
            "        d = {'task': {'type': s['task_type'], 'name': s['task_name']},",
            "             'dataset': {'name': s['dataset_name'], 'type': s['dataset_type'], 'config': s['dataset_config'],",
            "                         'split': s['dataset_split'], 'revision': s['dataset_revision'], 'args': s['dataset_args']},",
            "             'metrics': [{'type': r['metric_type'], 'value': r['metric_value'], 'name': r['metric_name'],",
            "                          'config': r['metric_config'], 'args': r['metric_args'], 'verified': r['verified'],",
            "                          'verifyToken': r['verify_token']} for r in rs]}",
            "        if s['source_url'] is not None:",
            "            d['source'] = {'url': s['source_url']}",
            "            if s['source_name'] is not None: d['source']['name'] = s['source_name']",
            "        data.append(d)",
            "    return remove_none([{'name': name, 'results': data}])",
            "def card_data(meta):",
            "    kw = dict(meta)",
            "    data = {k: kw.pop(k, None) for k in NAMED}",
            "    data['tags'] = unique(data['tags'])",
            "    index = kw.pop('model-index', None)",
            "    if index:",
            "        try: data['model_name'], data['eval_results'] = to_eval_results(index)",
            "        except (KeyError, TypeError): pass",
            "    data.update(kw)",
            "    if data['eval_results'] is not None:",
            "        data['model-index'] = to_model_index(data['model_name'], data['eval_results'])",
            "        del data['eval_results'], data['model_name']",
            "    return remove_none({k: v for k, v in data.items() if v is not None})",
            "def typed(o):",
            "    if isinstance(o, dict): return {str(k): typed(v) for k, v in o.items()}",
            "    if isinstance(o, list): return [typed(x) for x in o]",
            "    if o is None or isinstance(o, str): return o",
            "    return type(o).__name__ + ':' + repr(o)",
            "def read(path):",
            "    m = RX.search(open(path, encoding='utf-8').read())",
            "    meta = (yaml.safe_load(m.group(2)) if m else None) or {}",
            "    return json.dumps(typed(card_data(meta)), sort_keys=True, ensure_ascii=False)",
            "out = []",
            "for original, written in zip(sys.argv[1::2], sys.argv[2::2]):",
            "    a, b = read(original), read(written)",
            "    if a != b: out.append(written + '\\n  original: ' + a + '\\n  written:  ' + b)",
            "print('\\n'.join(out))");

    @Test
    void theCorpusHasAtLeastFortyReadmes() {
        assertThat(Fixtures.readmes("hubcorpus", ".md")).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void huggingfaceHubReadsTheSameMetadataFromEveryReadmeWrittenFromTheTypedCard(@TempDir Path tmp)
            throws IOException, InvalidInputException {
        List<String> args = new ArrayList<>();
        List<Path> readmes = new ArrayList<>(Fixtures.readmes("hubcorpus", ".md"));
        readmes.addAll(Fixtures.readmes("layouts", ".md")); // the Hub layouts' import corpus, whose bodies are typed too
        for (Path f : readmes) {
            String name = f.getFileName().toString();
            ModelCard card = ReadmeCodec.parse(Fixtures.read(f), name, true).card().withSource(null);
            Path original = write(tmp, "original", name, Fixtures.read(f));
            // convert without the saved layout, the same after the card's own JSON form, and render's front matter
            args.addAll(List.of(original.toString(), write(tmp, "convert", name, ReadmeCodec.write(card)).toString()));
            ModelCard viaJson = CardCodec.fromJson(CardCodec.toJson(card), "c.json");
            args.addAll(List.of(original.toString(), write(tmp, "json", name, ReadmeCodec.write(viaJson)).toString()));
            String front = "---\n" + HfMetadata.toYaml(card.metadata()) + "\n---\n";
            args.addAll(List.of(original.toString(), write(tmp, "render", name, front).toString()));
        }
        String mismatches = Python.run(REFERENCE, args.toArray(String[]::new));
        assertThat(mismatches.strip()).isEmpty();
    }

    private static Path write(Path tmp, String variant, String name, String text) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(variant));
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
