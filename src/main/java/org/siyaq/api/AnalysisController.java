package org.siyaq.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.analysis.Level;
import org.siyaq.analysis.WordAnalysis;
import org.siyaq.analysis.morph.Reading;
import org.siyaq.analysis.script.Buckwalter;
import org.siyaq.corpus.InvalidRequestException;
import org.siyaq.i18n.Messages;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/analysis?text=…}: every token of a short text with its offsets, levels, part of speech and readings. */
@RestController
@RequestMapping("/api/analysis")
class AnalysisController {

    /** Longer texts belong in a corpus; this is for a word or a sentence. */
    static final int MAX_CHARS = 2_000;

    private final ArabicAnalysis analysis;

    AnalysisController(ArabicAnalysis analysis) {
        this.analysis = analysis;
    }

    @GetMapping
    Map<String, Object> analyse(@RequestParam String text) {
        if (text.length() > MAX_CHARS) {
            throw new InvalidRequestException(
                    Messages.english("analysis.tooLong", MAX_CHARS), Messages.arabic("analysis.tooLong", MAX_CHARS));
        }
        List<Map<String, Object>> tokens = new ArrayList<>();
        for (WordAnalysis w : WordAnalysis.of(analysis, text)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("start", w.token().start());
            row.put("end", w.token().end());
            for (Level level : Level.values()) {
                row.put(level.key(), w.levels().get(level));
            }
            row.put("pos", w.pos());
            row.put("buckwalter", Buckwalter.transliterate(w.token().form()));
            List<Map<String, Object>> readings = new ArrayList<>();
            for (Reading r : w.readings()) {
                readings.add(ApiParams.object("lemma", r.lemma(), "pos", r.pos(), "tag", r.tag()));
            }
            row.put("readings", readings);
            tokens.add(row);
        }
        return ApiParams.object("text", text, "tokens", tokens);
    }
}
