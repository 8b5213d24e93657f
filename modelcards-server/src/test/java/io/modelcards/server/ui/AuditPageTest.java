package io.modelcards.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit page over HTTP (no browser): its paging and filters, and that an anonymous visitor sees nothing of it. */
class AuditPageTest {
    private static final Pattern SEQ = Pattern.compile("<tr>\\s*<td>(\\d+)</td>");
    private static final Pattern OLDER = Pattern.compile("href=\"([^\"]*)\" rel=\"next\" id=\"older\"");
    private static UiHarness ui;
    private static String session;

    @BeforeAll
    static void start() {
        ui = UiHarness.serverOnly(true);
        for (int i = 0; i < 30; i++) {
            ui.addUser("user" + i, "viewer");
        }
        String vic = ui.addUser("vic", "viewer");
        HttpResponse<String> signIn = ui.send("POST", "/sign-in", null, Map.of("token", vic));
        String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
        session = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
    }

    @AfterAll
    static void stop() {
        if (ui != null) {
            ui.close();
        }
    }

    @Test
    void theOlderLinksWalkTheWholeChainNewestFirstWithoutGapsOrRepeats() {
        List<Long> seen = new ArrayList<>();
        String path = "/audit";
        int pages = 0;
        while (path != null) {
            String body = page(path);
            List<Long> seqs = seqs(body);
            assertThat(seqs).hasSizeLessThanOrEqualTo(AuditPage.PAGE);
            seen.addAll(seqs);
            Matcher older = OLDER.matcher(body);
            path = older.find() ? older.group(1).replace("&amp;", "&") : null;
            pages++;
        }
        long head = seen.get(0);
        assertThat(head).isGreaterThan(AuditPage.PAGE);
        assertThat(pages).isEqualTo((int) ((head + AuditPage.PAGE - 1) / AuditPage.PAGE));
        assertThat(seen).containsExactlyElementsOf(LongStream.iterate(head, s -> s >= 1, s -> s - 1).boxed().toList());
    }

    @Test
    void theFiltersKeepOnlyTheMatchingEntries() {
        String body = page("/audit?action=token.created&actor=admin");
        assertThat(seqs(body)).hasSize(31);
        assertThat(body).contains("<td class=\"action\">token.created</td>").doesNotContain("<td class=\"action\">user.created</td>");
        assertThat(body).doesNotContain("id=\"older\"");
    }

    @Test
    void anEntryWithoutASubjectShowsItsDetails() {
        assertThat(page("/audit?action=user.created")).contains("<td class=\"details\">role: viewer, user: vic</td>");
    }

    @Test
    void anUnreadablePageLinkIsABadRequestPage() {
        HttpResponse<String> r = ui.send("GET", "/audit?before=yesterday", session, null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("start again from the audit page");
    }

    @Test
    void anAnonymousVisitorIsSentToSignInEvenWhenAnonymousReadsAreAllowed() {
        HttpResponse<String> r = ui.send("GET", "/audit", null, null);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/sign-in");
    }

    private static String page(String path) {
        HttpResponse<String> r = ui.send("GET", path, session, null);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    private static List<Long> seqs(String body) {
        List<Long> seqs = new ArrayList<>();
        Matcher m = SEQ.matcher(body);
        while (m.find()) {
            seqs.add(Long.parseLong(m.group(1)));
        }
        return seqs;
    }
}
