package org.siyaq.ui.keywords;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
import java.util.function.Consumer;
import org.siyaq.keywords.KeywordDirection;
import org.siyaq.keywords.KeywordMeasure;
import org.siyaq.keywords.KeywordQuery;
import org.siyaq.keywords.KeywordRow;
import org.siyaq.keywords.KeywordService;
import org.siyaq.ui.Controls;
import org.siyaq.ui.CorpusText;
import org.siyaq.ui.OptionSelect;
import org.siyaq.ui.UrlState;
import org.siyaq.ui.picture.LazyPicture;
import org.siyaq.ui.picture.PictureDownloads;
import org.siyaq.ui.picture.Svg;
import org.siyaq.ui.picture.WordCloud;

/**
 * A word cloud of the positive keywords (the words the target uses more than the reference), sized by
 * log-likelihood or by frequency in the target; a click on a word opens its concordance in the target.
 * Nothing is computed until it is opened; opened, it is {@code cloud=<measure>} in the address.
 */
public class KeywordCloud extends LazyPicture<KeywordQuery> {

    static final String PARAM = "cloud";
    static final int WORDS = 60;

    private final OptionSelect<KeywordMeasure> weight = new OptionSelect<>();
    private final Image picture = new Image();
    private final Consumer<String> open;
    private List<WordCloud.Placed> placed = List.of();
    /** The corpus's word of each word as drawn. */
    private final java.util.Map<String, String> written = new java.util.HashMap<>();

    /** @param open opens the concordance of a word in the target */
    public KeywordCloud(Consumer<String> open) {
        super("keywords-cloud", "cloud.title", "keywords");
        this.open = open;
        weight.setItems(KeywordMeasure.LOG_LIKELIHOOD, KeywordMeasure.FREQ);
    }

    @Override
    protected boolean isOpenIn(UrlState s) {
        return !s.text(PARAM).isEmpty();
    }

    @Override
    protected void restore(UrlState s) {
        weight.setValue(
                s.choice(PARAM, KeywordMeasure::parse, KeywordMeasure.LOG_LIKELIHOOD) == KeywordMeasure.FREQ
                        ? KeywordMeasure.FREQ
                        : KeywordMeasure.LOG_LIKELIHOOD);
    }

    @Override
    protected UrlState remembered(UrlState s, boolean open) {
        return s.with(PARAM, open ? weight.getValue().key() : null);
    }

    @Override
    protected void build() {
        weight.setId("cloud-weight");
        weight.setLabel(getTranslation("cloud.weight"));
        weight.setItemLabelGenerator(m -> getTranslation("column." + m.key()));
        weight.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                redraw();
            }
        });
        picture.setId("cloud-picture");
        picture.addClassName("picture");
        picture.addClassName("cloud-picture");
        picture.getElement()
                .addEventListener("click", e -> {
                    double scale = WordCloud.WIDTH
                            / e.getEventData().get("event.target.clientWidth").asDouble();
                    String word = WordCloud.at(
                            placed,
                            e.getEventData().get("event.offsetX").asDouble() * scale,
                            e.getEventData().get("event.offsetY").asDouble() * scale);
                    if (word != null) {
                        open.accept(written.getOrDefault(word, word));
                    }
                })
                .addEventData("event.offsetX")
                .addEventData("event.offsetY")
                .addEventData("event.target.clientWidth");
        Span legend = new Span(getTranslation("cloud.legend"));
        legend.addClassName("picture-legend");
        add(new Controls(weight, new PictureDownloads("cloud", "keywords-cloud", this::svg)), legend, picture);
    }

    @Override
    protected void render() {
        KeywordQuery query = query();
        KeywordMeasure by = weight.getValue();
        List<KeywordRow> rows = VaadinService.getCurrent()
                .getInstantiator()
                .getOrCreate(KeywordService.class)
                .keywords(new KeywordQuery(
                        query.corpusId(),
                        query.where(),
                        query.referenceId(),
                        query.referenceWhere(),
                        query.level(),
                        query.stopwords(),
                        query.minFreq(),
                        KeywordDirection.POSITIVE,
                        by,
                        0,
                        WORDS))
                .rows();
        // laid out as shown (a transliteration is wider than the Arabic), a click read back to the corpus's word
        written.clear();
        rows.forEach(r -> written.put(CorpusText.shown(r.word()), r.word()));
        placed = WordCloud.layout(rows.stream()
                .map(r -> new WordCloud.Weighted(CorpusText.shown(r.word()), by.value(r)))
                .toList());
        picture.setSrc(svg().dataUrl());
        picture.setAlt(getTranslation("cloud.title"));
    }

    private Svg svg() {
        return WordCloud.draw(
                getTranslation(
                        "cloud.picture.title",
                        getTranslation("column." + weight.getValue().key())),
                getTranslation("cloud.legend"),
                placed);
    }
}
