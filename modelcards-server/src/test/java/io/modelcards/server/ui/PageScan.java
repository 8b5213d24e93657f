package io.modelcards.server.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What the injection tests look for in a loaded page: script that ran ({@code window.name} set by a payload) and markup
 * that could run script (inline scripts, {@code on*} handlers, {@code javascript:} and {@code data:text/html} URLs,
 * frames, objects, a {@code <base>} or a meta refresh). The page's content security policy is switched off in the
 * browser first ({@link #bypassCsp}), so that escaping alone is what stands between a payload and the page.
 */
final class PageScan {
    /** The scan, run in the page: one line per finding, empty when the page is clean. */
    private static final String SCAN = String.join("\n",
            "const bad = [];",
            "const urls = ['href','src','xlink:href','action','formaction','data','background','poster','srcdoc','content'];",
            "for (const el of document.querySelectorAll('*')) {",
            "  const tag = el.tagName.toLowerCase();",
            "  if (tag === 'script' && !el.getAttribute('src')) bad.push('inline script: ' + el.textContent.slice(0, 80));",
            "  if (['iframe','frame','object','embed','base'].includes(tag)) bad.push('<' + tag + '> element');",
            "  if (tag === 'meta' && (el.getAttribute('http-equiv') || '').toLowerCase() === 'refresh') bad.push('meta refresh');",
            "  for (const a of el.attributes) {",
            "    const n = a.name.toLowerCase();",
            "    const v = (a.value || '').replace(/[\\u0000-\\u0020]/g, '').toLowerCase();",
            "    if (n.startsWith('on')) bad.push(tag + ' has handler ' + n + '=' + a.value.slice(0, 80));",
            "    if (urls.includes(n) && (v.startsWith('javascript:') || v.startsWith('data:text/html') || v.startsWith('vbscript:')",
            "        || n === 'srcdoc' || (n === 'content' && v.includes('javascript:'))))",
            "      bad.push(tag + ' has ' + n + '=' + a.value.slice(0, 80));",
            "  }",
            "}",
            "return bad.join('\\n');");

    private PageScan() {
    }

    /** Switches the content security policy off for every page {@code browser} loads from now on. */
    static void bypassCsp(WebDriver browser) {
        ((ChromeDriver) browser).executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
    }

    /** Clears {@code window.name}, which the payloads set if they run. */
    static void arm(WebDriver browser) {
        ((JavascriptExecutor) browser).executeScript("window.name = ''");
    }

    /** The findings on the loaded page: a payload that ran, then each piece of markup that could run script. */
    static List<String> findings(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        String name = String.valueOf(js.executeScript("return window.name"));
        String scan = String.valueOf(js.executeScript(SCAN));
        List<String> out = new ArrayList<>();
        if (name.startsWith("mcx")) {
            out.add("payload " + name.substring(3) + " ran (window.name = " + name + ")");
        }
        if (!scan.isEmpty()) {
            out.addAll(List.of(scan.split("\n")));
        }
        return out;
    }
}
