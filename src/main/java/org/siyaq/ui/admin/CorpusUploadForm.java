package org.siyaq.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import java.util.function.Consumer;
import org.siyaq.corpus.CorpusExistsException;
import org.siyaq.corpus.Visibility;
import org.siyaq.corpus.load.CorpusUploads;
import org.siyaq.corpus.load.DiskSpace;
import org.siyaq.corpus.load.InvalidUploadException;
import org.siyaq.corpus.load.Rejection;
import org.siyaq.corpus.load.UploadLimitException;
import org.siyaq.corpus.load.UploadedFile;
import org.siyaq.ui.Texts;
import org.siyaq.ui.UiLanguage;

/**
 * The form for a new corpus: its description and its files. The files are streamed to temporary files
 * ({@link UploadedFiles}), within the API's size limit; "Create"
 * hands them to {@link CorpusUploads}, which answers at once while indexing runs in the background.
 * Skipped files are listed by name with the reason, as plain text, in the UI language.
 */
class CorpusUploadForm extends VerticalLayout {

    private final CorpusUploads uploads;
    private final UploadedFiles received;
    private final TextField id = new TextField(getTranslation("admin.upload.id"));
    private final TextField name = new TextField(getTranslation("admin.field.name"));
    private final TextArea description = new TextArea(getTranslation("admin.field.description"));
    private final TextField languageNote = new TextField(getTranslation("admin.field.language"));
    private final TextField sourceNote = new TextField(getTranslation("admin.field.source"));
    private final Checkbox shared = new Checkbox(getTranslation("admin.upload.share"));
    private final Upload upload;
    private final Grid<Rejection> rejected = new Grid<>(Rejection.class, false);

    CorpusUploadForm(CorpusUploads uploads, Consumer<CorpusUploads.Receipt> started) {
        this.uploads = uploads;
        received = new UploadedFiles(uploads.maxRequestSize().toBytes());
        upload = new Upload(received.handler());
        upload.setMaxFileSize(
                (int) Math.min(Integer.MAX_VALUE, uploads.maxRequestSize().toBytes()));
        addDetachListener(e -> received.clear());
        upload.setId("corpus-upload");
        upload.setMaxFiles(uploads.limits().maxFiles());
        upload.setAcceptedFileTypes(".txt", ".docx", ".odt", ".pdf", ".html", ".htm", ".csv", ".tsv", ".zip");
        upload.setI18n(UploadedFiles.texts(this::getTranslation));
        id.setId("corpus-id");
        name.setId("corpus-name");
        name.setRequired(true);
        name.setErrorMessage(getTranslation("admin.upload.name-required"));
        boolean arabic = arabic();
        rejected.addComponentColumn(r -> Texts.wrapped(r.file()))
                .setHeader(getTranslation("admin.upload.skipped-file"))
                .setAutoWidth(true);
        // the reasons are read whole, wrapped, never cut with an ellipsis
        rejected.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        rejected.addComponentColumn(r -> Texts.wrapped(r.reason(arabic)))
                .setHeader(getTranslation("admin.upload.why"))
                .setFlexGrow(1);
        rejected.setAllRowsVisible(true);
        rejected.setVisible(false);
        rejected.setId("rejected-files");
        Button create = new Button(getTranslation("admin.upload.create"), e -> inPickedOrder(() -> create(started)));
        create.setId("create-corpus");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout fields = new FormLayout(name, id, description, languageNote, sourceNote, shared);
        add(
                new H2(getTranslation("admin.upload.title")),
                new Paragraph(getTranslation("admin.upload.accepted")),
                fields,
                upload,
                create,
                rejected);
    }

    /**
     * Puts the received files in the order they were picked (or dropped), then runs {@code next}. The
     * browser uploads several files at once, so they arrive in the order they finish; the upload
     * element lists the files newest first, so its list reversed is the order of picking.
     */
    private void inPickedOrder(Runnable next) {
        upload.getElement()
                .executeJs("return (this.files || []).map(f => f.name).reverse().join('\\n')")
                .then(
                        String.class,
                        names -> {
                            received.order(names.isEmpty() ? List.of() : List.of(names.split("\n")));
                            next.run();
                        },
                        error -> next.run());
    }

    private void create(Consumer<CorpusUploads.Receipt> started) {
        if (received.overLimit()) {
            error(getTranslation(
                    "harden.upload.browser-too-large", uploads.maxRequestSize().toMegabytes()));
            received.clear();
            upload.clearFileList();
            return;
        }
        // every missing field is flagged at once: the name on its field, the files by the same message as the API's
        boolean noName = name.getValue().isBlank();
        name.setInvalid(noName);
        if (noName) {
            if (received.isEmpty()) {
                error(getTranslation("upload.problem.no-files"));
            }
            name.focus();
            return;
        }
        List<UploadedFile> files = received.read();
        try {
            CorpusUploads.Receipt receipt = uploads.upload(
                    new CorpusUploads.Description(
                            id.getValue(),
                            name.getValue(),
                            description.getValue(),
                            languageNote.getValue(),
                            sourceNote.getValue(),
                            shared.getValue() ? Visibility.CLASS : Visibility.DRAFT),
                    files);
            show(receipt.rejected());
            Notification.show(getTranslation("admin.upload.started", receipt.documents(), receipt.id()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            received.clear();
            upload.clearFileList();
            clearFields();
            started.accept(receipt);
        } catch (CorpusUploads.NothingReadableException e) {
            show(e.rejected());
            error(e.message(arabic()));
        } catch (DiskSpace.DiskFullException e) {
            error(e.message(arabic()));
        } catch (InvalidUploadException e) {
            error(e.message(arabic()));
        } catch (IllegalArgumentException e) {
            error(e.getMessage());
        } catch (UploadLimitException e) {
            error(getTranslation("admin.upload.limit", e.message(arabic())));
        } catch (CorpusExistsException e) {
            error(getTranslation("admin.upload.exists", e.corpusId()));
        }
    }

    /** Empties the form for the next corpus (the skipped files stay listed below it). */
    private void clearFields() {
        id.clear();
        name.clear();
        description.clear();
        languageNote.clear();
        sourceNote.clear();
        shared.clear();
        name.setInvalid(false);
    }

    private boolean arabic() {
        return UiLanguage.isArabic(getLocale());
    }

    private void show(List<Rejection> rows) {
        rejected.setItems(rows);
        rejected.setVisible(!rows.isEmpty());
    }

    private static void error(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
