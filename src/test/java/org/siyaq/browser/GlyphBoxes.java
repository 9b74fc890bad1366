package org.siyaq.browser;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Whether Arabic letters are cut by the box that clips them: the ink of each text (from the canvas's
 * {@code measureText} in the element's own font, placed on the element's baseline) against the
 * nearest box up the flattened tree (slots and shadow roots included) whose overflow is not visible.
 * The baseline is the bottom of the text's range less the font's descent, as CSS lays out a line.
 */
final class GlyphBoxes {

    private static final String CLIPPED = """
            const canvas = document.createElement('canvas').getContext('2d');
            const up = n => n.assignedSlot || n.parentNode && (n.parentNode instanceof ShadowRoot ? n.parentNode.host : n.parentNode);
            const clipOf = e => {
              for (let p = up(e); p && p.nodeType === 1; p = up(p)) {
                const cs = getComputedStyle(p);
                if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') return p;
              }
              return null;
            };
            const out = [];
            let checked = 0;
            for (const e of document.querySelectorAll(arguments[0])) {
              const text = e.textContent.trim();
              if (!/[\\u0600-\\u06FF]/.test(text) || e.offsetParent === null) continue;
              const cs = getComputedStyle(e);
              canvas.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
              const m = canvas.measureText(text);
              const range = document.createRange();
              range.selectNodeContents(e);
              const r = range.getClientRects()[0];
              if (!r || r.width === 0) continue;
              const baseline = r.bottom - m.fontBoundingBoxDescent;
              const inkTop = baseline - m.actualBoundingBoxAscent, inkBottom = baseline + m.actualBoundingBoxDescent;
              const clip = clipOf(e);
              if (!clip) continue;
              const c = clip.getBoundingClientRect();
              if (c.bottom < r.top || c.top > r.bottom) continue;   // scrolled out of its box: not on screen
              checked++;
              if (inkBottom > c.bottom + 0.5 || inkTop < c.top - 0.5) {
                out.push(`${text.slice(0, 30)}: ink ${inkTop.toFixed(1)}–${inkBottom.toFixed(1)}, `
                  + `clipped by <${clip.localName} class="${clip.className}"> ${c.top.toFixed(1)}–${c.bottom.toFixed(1)}`);
              }
            }
            return [checked].concat(out);""";

    private GlyphBoxes() {}

    /** Shows the page as at 200% browser zoom: half the CSS pixels, each drawn twice as large. */
    static void zoom2x(WebDriver browser, int width, int height) {
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width / 2, "height", height / 2, "deviceScaleFactor", 2, "mobile", false));
    }

    static void resetZoom(WebDriver browser) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** How many Arabic texts matching {@code css} were checked (first), then one line per text whose ink is cut. */
    @SuppressWarnings("unchecked")
    static List<Object> clipped(WebDriver browser, String css) {
        VaadinPage.js(browser).executeAsyncScript("document.fonts.ready.then(() => arguments[arguments.length - 1]())");
        return (List<Object>) VaadinPage.js(browser).executeScript(CLIPPED, css);
    }
}
