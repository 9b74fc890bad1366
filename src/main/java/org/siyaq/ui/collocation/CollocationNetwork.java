package org.siyaq.ui.collocation;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.server.VaadinService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.siyaq.analysis.ArabicAnalysis;
import org.siyaq.collocation.CollocateRow;
import org.siyaq.collocation.CollocationMeasure;
import org.siyaq.collocation.CollocationQuery;
import org.siyaq.collocation.CollocationService;
import org.siyaq.ui.Controls;
import org.siyaq.ui.CorpusText;
import org.siyaq.ui.Texts;
import org.siyaq.ui.UiLanguage;
import org.siyaq.ui.UrlState;
import org.siyaq.ui.WordQueries;
import org.siyaq.ui.collocation.NetworkPicture.Link;
import org.siyaq.ui.collocation.NetworkPicture.Placed;
import org.siyaq.ui.picture.LazyPicture;
import org.siyaq.ui.picture.PictureDownloads;
import org.siyaq.ui.picture.Svg;

/**
 * The collocation network of the collocates page (#LancsBox GraphColl): the strongest collocates under
 * the page's measure around the node, with their own collocates added for the ones the user clicks (in
 * the picture or in the table beside it). Nothing is computed until it is opened; opened, it is
 * {@code net=<how many>} and {@code expand=<word>|<word>} in the address.
 */
public class CollocationNetwork extends LazyPicture<CollocationQuery> {

    static final String PARAM = "net";
    static final String EXPAND = "expand";
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 30;
    /** Second-order collocates per expanded word. */
    static final int SECOND = 5;

    private static final String SEPARATOR = "|";

    private final IntegerField limit = new IntegerField();
    private final Image picture = new Image();
    private final Grid<Placed> table = new Grid<>();
    private final Span legend = new Span();
    private final Set<String> expanded = new LinkedHashSet<>();
    private List<Placed> placed = List.of();

    public CollocationNetwork() {
        super("collocates-network", "network.title", "collocates");
    }

    @Override
    protected boolean isOpenIn(UrlState s) {
        return !s.text(PARAM).isEmpty();
    }

    @Override
    protected void restore(UrlState s) {
        expanded.clear();
        String listed = s.text(EXPAND);
        if (!listed.isEmpty()) {
            expanded.addAll(Arrays.asList(listed.split("\\" + SEPARATOR)));
        }
        limit.setValue(s.integer(PARAM, DEFAULT_LIMIT, 1, MAX_LIMIT));
    }

    @Override
    protected UrlState remembered(UrlState s, boolean open) {
        return s.with(PARAM, open ? limit.getValue() : null)
                .with(EXPAND, open && !expanded.isEmpty() ? String.join(SEPARATOR, expanded) : null);
    }

    @Override
    protected void build() {
        limit.setId("network-limit");
        limit.setLabel(getTranslation("network.limit"));
        limit.setMin(1);
        limit.setMax(MAX_LIMIT);
        limit.setStepButtonsVisible(true);
        limit.addClassName("narrow-field");
        limit.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                redraw();
            }
        });
        picture.setId("network-picture");
        picture.addClassName("picture");
        picture.addClassName("network-picture");
        picture.getElement()
                .addEventListener("click", e -> {
                    double scale = NetworkPicture.WIDTH
                            / e.getEventData().get("event.target.clientWidth").asDouble();
                    String word = NetworkPicture.nearest(
                            placed,
                            e.getEventData().get("event.offsetX").asDouble() * scale,
                            e.getEventData().get("event.offsetY").asDouble() * scale,
                            40);
                    if (word != null) {
                        toggle(word);
                    }
                })
                .addEventData("event.offsetX")
                .addEventData("event.offsetY")
                .addEventData("event.target.clientWidth");
        legend.setText(getTranslation("network.legend"));
        legend.addClassName("picture-legend");
        table.setId("network-grid");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.setAllRowsVisible(true);
        var align = Texts.numberAlign(UiLanguage.isArabic(getLocale()));
        table.addComponentColumn(p -> CorpusText.cell(p.word()))
                .setHeader(getTranslation("column.word"))
                .setKey("word")
                .setFlexGrow(2);
        table.addComponentColumn(p -> CorpusText.cell(p.parent() == null ? "" : p.parent()))
                .setHeader(getTranslation("network.parent"))
                .setKey("parent");
        table.addColumn(p -> Texts.integer(p.o11()))
                .setHeader(getTranslation("column.O11"))
                .setKey("O11")
                .setTextAlign(align);
        table.addColumn(p -> Texts.decimal(p.value(), 2)).setKey("value").setTextAlign(align);
        table.addItemClickListener(e -> {
            if (e.getItem().depth() == 1) {
                toggle(e.getItem().word());
            }
        });
        Div pictureAndTable = new Div(picture, table);
        pictureAndTable.addClassName("picture-with-table");
        add(new Controls(limit, new PictureDownloads("network", "network", this::svg)), legend, pictureAndTable);
    }

    /** Adds a collocate's own collocates to the graph, or takes them away again. */
    private void toggle(String word) {
        if (!expanded.remove(word)) {
            expanded.add(word);
        }
        redraw();
    }

    @Override
    protected void render() {
        CollocationQuery query = query();
        CollocationService service =
                VaadinService.getCurrent().getInstantiator().getOrCreate(CollocationService.class);
        WordQueries words =
                new WordQueries(VaadinService.getCurrent().getInstantiator().getOrCreate(ArabicAnalysis.class));
        List<Link> first = links(
                service.collocates(page(query, query.query(), limit.getValue())).rows(), query.sort());
        Set<String> shown = first.stream().map(Link::word).collect(Collectors.toSet());
        expanded.retainAll(shown);
        Map<String, List<Link>> second = new LinkedHashMap<>();
        for (String word : expanded) {
            second.put(
                    word,
                    links(
                            service.collocates(page(query, words.exact(word, query.level()), SECOND))
                                    .rows(),
                            query.sort()));
        }
        placed = NetworkPicture.layout(first, second);
        table.getColumnByKey("value")
                .setHeader(getTranslation("column." + query.sort().key()));
        table.setItems(placed);
        picture.setSrc(svg().dataUrl());
        picture.setAlt(getTranslation("network.picture.title", CorpusText.shown(query.query())));
    }

    private static CollocationQuery page(CollocationQuery q, String node, int limit) {
        return new CollocationQuery(
                q.corpusId(),
                q.where(),
                node,
                q.level(),
                q.left(),
                q.right(),
                q.minO11(),
                q.minC1(),
                q.stopwords(),
                q.sort(),
                0,
                limit);
    }

    /** The rows as links: strength is the measure's value, or −log10 p for p-values (smaller p, stronger). */
    static List<Link> links(List<CollocateRow> rows, CollocationMeasure measure) {
        List<Link> out = new ArrayList<>(rows.size());
        for (CollocateRow r : rows) {
            double value = measure.of(r);
            double strength = measure.ascending() ? -Math.log10(Math.max(value, Double.MIN_VALUE)) : value;
            out.add(new Link(r.word(), value, strength, r.o11()));
        }
        return out;
    }

    private Svg svg() {
        CollocationQuery query = query();
        return NetworkPicture.draw(
                getTranslation("network.picture.title", CorpusText.shown(query.query())),
                List.of(
                        getTranslation("network.legend"),
                        getTranslation(
                                "network.settings",
                                getTranslation("column." + query.sort().key()),
                                String.valueOf(query.left()),
                                String.valueOf(query.right()))),
                CorpusText.shown(query.query()),
                placed.stream()
                        .map(p -> new Placed(
                                CorpusText.shown(p.word()),
                                p.x(),
                                p.y(),
                                p.parent() == null ? null : CorpusText.shown(p.parent()),
                                p.o11(),
                                p.value(),
                                p.depth()))
                        .toList());
    }
}
