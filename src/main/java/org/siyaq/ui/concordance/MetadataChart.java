package org.siyaq.ui.concordance;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
import org.siyaq.concordance.ConcordanceQuery;
import org.siyaq.corpus.CorpusRegistry;
import org.siyaq.corpus.DocumentFilter;
import org.siyaq.corpus.MetadataField;
import org.siyaq.distribution.Granularity;
import org.siyaq.distribution.MetadataDistributionService;
import org.siyaq.distribution.MetadataQuery;
import org.siyaq.distribution.ValueHits;
import org.siyaq.ui.ApiLinks;
import org.siyaq.ui.BuckwalterSetting;
import org.siyaq.ui.Controls;
import org.siyaq.ui.CorpusText;
import org.siyaq.ui.OptionSelect;
import org.siyaq.ui.Texts;
import org.siyaq.ui.UiLanguage;
import org.siyaq.ui.UrlState;
import org.siyaq.ui.picture.LazyPicture;
import org.siyaq.ui.picture.PictureDownloads;
import org.siyaq.ui.picture.Svg;

/**
 * The concordance's hits by metadata: for a chosen field, hits and hits per million for each value as
 * bars, or for a date over time as a line by year or month, with the numbers as a table beside the
 * picture; a click on a value's row opens the concordance in the documents with that value. Nothing is
 * computed until it is opened; opened, it is {@code bars=<field>&granularity=<g>} in the address.
 */
public class MetadataChart extends LazyPicture<ConcordanceQuery> {

    static final String FIELD = "bars";
    static final String GRANULARITY = "granularity";

    // made on the first opening (issue 15: a closed chart's pickers, table and image were kept in every tab at rest)
    private OptionSelect<String> field;
    private OptionSelect<Granularity> granularity;
    private Image chart;
    private Grid<ValueHits> grid;
    private Anchor csv;
    private List<ValueHits> rows = List.of();
    /** The field and granularity the address names, applied when the picture is next drawn. */
    private String pendingField = "";

    private String pendingGranularity = "";

    public MetadataChart() {
        super("concordance-metadata", "bymeta.title", "concordance");
    }

    @Override
    protected boolean isOpenIn(UrlState s) {
        return !s.text(FIELD).isEmpty();
    }

    @Override
    protected UrlState remembered(UrlState s, boolean open) {
        boolean built = field != null;
        return s.with(FIELD, open && built ? field.getValue() : null)
                .with(
                        GRANULARITY,
                        open && built && granularity.getValue() != null
                                ? granularity.getValue().key()
                                : null);
    }

    @Override
    protected void build() {
        List<MetadataField> fields = VaadinService.getCurrent()
                .getInstantiator()
                .getOrCreate(CorpusRegistry.class)
                .get(query().corpusId(), query().where())
                .metadata();
        field = new OptionSelect<>();
        granularity = new OptionSelect<>();
        chart = new Image();
        grid = new Grid<>();
        csv = PictureDownloads.csvLink("bymeta-csv");
        field.setId("bymeta-field");
        field.setLabel(getTranslation("bymeta.field"));
        field.setItems(fields.stream()
                .map(MetadataField::name)
                .filter(n -> !n.equals("title") && !n.equals("file_name"))
                .toList());
        field.setItemLabelGenerator(this::fieldLabel);
        granularity.setId("bymeta-granularity");
        granularity.setLabel(getTranslation("bymeta.granularity"));
        granularity.setItems(Granularity.values());
        granularity.setItemLabelGenerator(g -> getTranslation("bymeta.granularity." + g.key()));
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                granularity.setValue("date".equals(e.getValue()) ? Granularity.YEAR : Granularity.VALUE);
                redraw();
            }
        });
        granularity.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                redraw();
            }
        });
        chart.setId("bymeta-chart");
        chart.addClassName("picture");
        grid.setId("bymeta-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        var align = Texts.numberAlign(UiLanguage.isArabic(getLocale()));
        grid.addComponentColumn(r -> Texts.cell(label(r)))
                .setHeader(getTranslation("column.value"))
                .setKey("value")
                .setFlexGrow(2);
        grid.addColumn(r -> Texts.integer(r.documents()))
                .setHeader(getTranslation("column.documents"))
                .setKey("documents")
                .setTextAlign(align);
        grid.addColumn(r -> Texts.integer(r.tokens()))
                .setHeader(getTranslation("column.tokens"))
                .setKey("tokens")
                .setTextAlign(align);
        grid.addColumn(r -> Texts.integer(r.hits()))
                .setHeader(getTranslation("column.hits"))
                .setKey("hits")
                .setTextAlign(align);
        grid.addColumn(r -> Texts.decimal(r.perMillion(), 1))
                .setHeader(getTranslation("column.per_million"))
                .setKey("per_million")
                .setTextAlign(align);
        grid.getColumns().forEach(c -> c.setTooltipGenerator(r -> getTranslation("bymeta.column." + c.getKey())));
        grid.addItemClickListener(e -> openValue(e.getItem()));
        Div bar = new Div(csv, new PictureDownloads("bymeta", "distribution", this::picture));
        bar.addClassName("result-bar");
        Div picture = new Div(chart, grid);
        picture.addClassName("picture-with-table");
        add(new Controls(field, granularity), bar, picture);
    }

    @Override
    protected void restore(UrlState s) {
        pendingField = s.text(FIELD);
        pendingGranularity = s.text(GRANULARITY);
    }

    @Override
    protected void render() {
        ConcordanceQuery query = query();
        if (!pendingField.isEmpty() || field.getValue() == null) {
            String wanted = pendingField.isEmpty() ? "source" : pendingField;
            if (!field.getItems().contains(wanted)) {
                wanted = field.getItems().stream().findFirst().orElse("source");
            }
            field.setValue(wanted);
            granularity.setValue(UrlState.empty()
                    .with(GRANULARITY, pendingGranularity)
                    .choice(
                            GRANULARITY,
                            Granularity::parse,
                            "date".equals(wanted) ? Granularity.YEAR : Granularity.VALUE));
            pendingField = "";
        }
        MetadataQuery q = new MetadataQuery(
                query.corpusId(),
                query.where(),
                query.query(),
                query.level(),
                field.getValue(),
                granularity.getValue());
        rows = VaadinService.getCurrent()
                .getInstantiator()
                .getOrCreate(MetadataDistributionService.class)
                .distribution(q);
        grid.setItems(rows);
        Svg svg = picture();
        chart.setSrc(svg.dataUrl());
        chart.setAlt(
                getTranslation("bymeta.picture.title", CorpusText.shown(query.query()), fieldLabel(field.getValue())));
        csv.setHref(ApiLinks.csv(
                q.corpusId(),
                "concordance/by-metadata",
                UrlState.empty()
                        .with("q", q.query())
                        .with("level", q.level().key())
                        .with("field", q.field())
                        .with(GRANULARITY, q.granularity().key())
                        .with(
                                UrlState.WHERE,
                                q.where() == null ? null : q.where().toParameter())));
    }

    private String fieldLabel(String f) {
        return DocumentFilter.BUILT_IN.contains(f) ? getTranslation("where.field." + f) : CorpusText.shown(f);
    }

    private String label(ValueHits r) {
        return r.value() == null ? getTranslation("bymeta.no-value") : CorpusText.shown(r.value());
    }

    private Svg picture() {
        ConcordanceQuery query = query();
        boolean rtl = UiLanguage.isArabic(getLocale());
        String title =
                getTranslation("bymeta.picture.title", CorpusText.shown(query.query()), fieldLabel(field.getValue()));
        if (granularity.getValue().overTime()) {
            List<ValueHits> periods =
                    rows.stream().filter(r -> r.value() != null).toList();
            return MetadataChartPicture.line(title, getTranslation("bymeta.legend.line"), periods, rtl);
        }
        return MetadataChartPicture.bars(
                title,
                getTranslation("bymeta.legend.bars"),
                rows,
                this::label,
                r -> getTranslation("bymeta.figures", r.hits(), Texts.decimal(r.perMillion(), 1)),
                rtl);
    }

    /** The concordance in the documents with this value (a value of the field, not a period or "no value"). */
    private void openValue(ValueHits r) {
        if (r.value() == null || granularity.getValue().overTime()) {
            return;
        }
        ConcordanceQuery query = query();
        UI.getCurrent()
                .navigate(
                        ConcordanceView.class,
                        state().only(UrlState.CORPUS, UiLanguage.PARAM, BuckwalterSetting.PARAM)
                                .with(UrlState.WHERE, new DocumentFilter(field.getValue(), r.value()).toParameter())
                                .with("q", query.query())
                                .with("level", query.level().key())
                                .toQueryParameters());
    }
}
