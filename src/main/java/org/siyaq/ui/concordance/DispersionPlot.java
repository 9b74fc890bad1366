package org.siyaq.ui.concordance;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.server.VaadinService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.siyaq.concordance.ConcordanceQuery;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.DocumentText;
import org.siyaq.corpus.LoadedCorpus;
import org.siyaq.dispersion.DispersionQuery;
import org.siyaq.dispersion.DispersionResult;
import org.siyaq.dispersion.DispersionService;
import org.siyaq.dispersion.DocumentDispersion;
import org.siyaq.ui.ApiLinks;
import org.siyaq.ui.BuckwalterSetting;
import org.siyaq.ui.CorpusText;
import org.siyaq.ui.Texts;
import org.siyaq.ui.UiLanguage;
import org.siyaq.ui.UrlState;
import org.siyaq.ui.documents.DocumentView;
import org.siyaq.ui.picture.LazyPicture;
import org.siyaq.ui.picture.PictureDownloads;
import org.siyaq.ui.picture.Svg;

/**
 * The concordance's dispersion plot (AntConc's Plot): a table of the documents with hits, each with its
 * length, hits and DP beside a strip with a tick per hit; a click on a tick opens the document at the
 * nearest hit. Nothing is computed until the plot is opened; the table pages itself, so 10,000
 * documents cost only the rows on screen. Opened, it is {@code plot=dispersion} in the address.
 */
public class DispersionPlot extends LazyPicture<ConcordanceQuery> {

    static final String PARAM = "plot";
    static final String VALUE = "dispersion";
    /** The downloaded picture shows at most this many documents; the legend says so when there are more. */
    static final int PICTURE_ROWS = 500;

    static final int FEW_ROWS = 12;

    // made on the first opening (issue 15: a closed plot's grid kept its data communicator and columns' nodes in
    // every tab at rest)
    private Span summary;
    private Grid<DocumentDispersion> grid;
    private Anchor csv;
    private DispersionQuery query;
    private DispersionResult first;

    public DispersionPlot() {
        super("concordance-dispersion", "dispersion.title", "concordance");
    }

    @Override
    protected boolean isOpenIn(UrlState s) {
        return VALUE.equals(s.text(PARAM));
    }

    @Override
    protected UrlState remembered(UrlState s, boolean open) {
        return s.with(PARAM, open ? VALUE : null);
    }

    private static DispersionService service() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(DispersionService.class);
    }

    @Override
    protected void render() {
        ConcordanceQuery c = query();
        query = new DispersionQuery(c.corpusId(), c.where(), c.query(), c.level(), 0, 1);
        DispersionQuery q = query;
        first = service().dispersion(q);
        summary.setText(getTranslation(
                "dispersion.summary",
                first.hits(),
                first.documentsWithHits(),
                first.documents(),
                Texts.decimal(first.dp(), 3),
                Texts.decimal(first.dpNorm(), 3)));
        grid.setItems(page -> fetch(q, page.getOffset(), page.getLimit()), page -> first.totalRows());
        // a few documents take only their rows' height; many keep a fixed height and load as they scroll
        grid.setAllRowsVisible(first.totalRows() <= FEW_ROWS);
        grid.setClassName("dispersion-grid-tall", first.totalRows() > FEW_ROWS);
        csv.setHref(ApiLinks.csv(
                q.corpusId(),
                "concordance/dispersion",
                UrlState.empty()
                        .with("q", q.query())
                        .with("level", q.level().key())
                        .with(
                                UrlState.WHERE,
                                q.where() == null ? null : q.where().toParameter())));
    }

    private Stream<DocumentDispersion> fetch(DispersionQuery q, int offset, int limit) {
        if (limit <= 0) {
            return Stream.empty();
        }
        return service()
                .dispersion(new DispersionQuery(
                        q.corpusId(),
                        q.where(),
                        q.query(),
                        q.level(),
                        offset,
                        Math.min(limit, DispersionQuery.MAX_PAGE)))
                .rows()
                .stream();
    }

    @Override
    protected void build() {
        summary = new Span();
        grid = new Grid<>();
        csv = PictureDownloads.csvLink("dispersion-csv");
        summary.setId("dispersion-summary");
        summary.addClassName("result-summary");
        grid.setId("dispersion-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("dispersion-grid");
        var align = Texts.numberAlign(UiLanguage.isArabic(getLocale()));
        grid.addColumn(new ComponentRenderer<>(d -> CorpusText.cell(d.title())))
                .setHeader(getTranslation("dispersion.column.title"))
                .setKey("doc_title")
                .setWidth("6rem")
                .setFlexGrow(2);
        grid.addColumn(d -> Texts.integer(d.tokens()))
                .setHeader(getTranslation("column.tokens"))
                .setKey("tokens")
                .setTextAlign(align)
                .setWidth("4.5rem")
                .setFlexGrow(0);
        grid.addColumn(d -> Texts.integer(d.hits()))
                .setHeader(getTranslation("column.hits"))
                .setKey("hits")
                .setTextAlign(align)
                .setWidth("5.5rem")
                .setFlexGrow(0);
        grid.addColumn(d -> Texts.decimal(d.dp(), 3))
                .setHeader(getTranslation("column.dp"))
                .setKey("dp")
                .setTextAlign(align)
                .setWidth("4rem")
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::strip))
                .setHeader(getTranslation("dispersion.column.plot"))
                .setKey("plot")
                .setWidth("7rem")
                .setFlexGrow(4);
        grid.getColumns()
                .forEach(c -> c.setTooltipGenerator(d -> getTranslation("dispersion.column." + c.getKey() + ".help")));
        PictureDownloads downloads = new PictureDownloads("dispersion", "dispersion", this::picture);
        Div bar = new Div(summary, csv, downloads);
        bar.addClassName("result-bar");
        Span legend = new Span(getTranslation("dispersion.legend"));
        legend.addClassName("picture-legend");
        add(bar, legend, grid);
    }

    /** A strip as an image; a click finds the hit nearest to where it landed and opens the document there. */
    private Image strip(DocumentDispersion d) {
        Image image = new Image(DispersionPicture.strip(d).dataUrl(), getTranslation("dispersion.strip.alt", d.hits()));
        image.addClassName("dispersion-strip");
        image.getElement()
                .setAttribute(
                        "data-positions",
                        String.join(
                                " ",
                                Arrays.stream(d.positions())
                                        .mapToObj(String::valueOf)
                                        .toList()));
        image.getElement().setAttribute("data-tokens", String.valueOf(d.tokens()));
        image.getElement()
                .addEventListener("click", e -> {
                    double width =
                            e.getEventData().get("event.target.clientWidth").asDouble();
                    double at = e.getEventData().get("event.offsetX").asDouble();
                    openAt(d, nearestHit(d, at, width));
                })
                .addEventData("event.offsetX")
                .addEventData("event.target.clientWidth");
        return image;
    }

    /** The hit whose tick is nearest to {@code x} on a strip {@code width} wide (the document's start on the right). */
    static int nearestHit(DocumentDispersion d, double x, double width) {
        int best = d.positions()[0];
        double bestDistance = Double.MAX_VALUE;
        for (int p : d.positions()) {
            double distance = Math.abs(DispersionPicture.x(p, d.tokens(), width) - x);
            if (distance < bestDistance) {
                best = p;
                bestDistance = distance;
            }
        }
        return best;
    }

    private void openAt(DocumentDispersion d, int position) {
        LoadedCorpus whole = VaadinService.getCurrent()
                .getInstantiator()
                .getOrCreate(CorpusRegistry.class)
                .get(query.corpusId());
        DocumentText text = whole.text(whole.ordinalOf(d.docId()));
        int last = Math.min(position + first.hitLength(), text.tokenEnds().length) - 1;
        DocumentView.open(
                state().only(UrlState.CORPUS, UrlState.WHERE, UiLanguage.PARAM, BuckwalterSetting.PARAM, "q", "level"),
                d.docId(),
                text.tokenStarts()[position],
                text.tokenEnds()[last]);
    }

    /** The picture for download: the query's title and legend, and the first {@link #PICTURE_ROWS} documents. */
    private Svg picture() {
        DispersionResult page = service()
                .dispersion(new DispersionQuery(
                        query.corpusId(), query.where(), query.query(), query.level(), 0, PICTURE_ROWS));
        List<String> legend = new ArrayList<>(List.of(getTranslation("dispersion.legend"), summary.getText()));
        if (page.totalRows() > PICTURE_ROWS) {
            legend.add(getTranslation("dispersion.picture.first", PICTURE_ROWS, page.totalRows()));
        }
        return DispersionPicture.picture(
                getTranslation("dispersion.picture.title", CorpusText.shown(query.query())),
                legend,
                page.rows().stream()
                        .map(d -> new DocumentDispersion(
                                d.docId(), CorpusText.shown(d.title()), d.tokens(), d.hits(), d.dp(), d.positions()))
                        .toList(),
                d -> getTranslation("dispersion.picture.figures", d.hits(), Texts.decimal(d.dp(), 2)));
    }
}
