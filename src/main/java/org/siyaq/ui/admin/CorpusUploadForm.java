package org.siyaq.ui.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.siyaq.corpus.CorpusExistsException;
import org.siyaq.corpus.Visibility;
import org.siyaq.corpus.load.CorpusUploads;
import org.siyaq.corpus.load.Rejection;
import org.siyaq.corpus.load.UploadLimitException;
import org.siyaq.corpus.load.UploadedFile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The form for a new corpus: its description and its files. The files arrive in memory; "Create"
 * hands them to {@link CorpusUploads}, which answers at once while indexing runs in the background.
 * Skipped files are listed by name with the reason, as plain text.
 */
class CorpusUploadForm extends VerticalLayout {

    private final CorpusUploads uploads;
    private final List<UploadedFile> received = new ArrayList<>();
    private final TextField id = new TextField("Id (letters, digits, - and _; made from the name if empty)");
    private final TextField name = new TextField("Name");
    private final TextArea description = new TextArea("Description");
    private final TextField languageNote = new TextField("Language note");
    private final TextField sourceNote = new TextField("Source and licence");
    private final Checkbox shared = new Checkbox("Share with the class as soon as it is indexed");
    private final Upload upload;
    private final Grid<Rejection> rejected = new Grid<>(Rejection.class, false);

    CorpusUploadForm(CorpusUploads uploads, Consumer<String> started) {
        this.uploads = uploads;
        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            synchronized (received) {
                received.add(new UploadedFile(meta.fileName(), bytes));
            }
        }));
        upload.setId("corpus-upload");
        upload.setMaxFiles(uploads.limits().maxFiles());
        upload.setAcceptedFileTypes(".txt", ".docx", ".odt", ".pdf", ".html", ".htm", ".csv", ".tsv", ".zip");
        id.setId("corpus-id");
        name.setId("corpus-name");
        name.setRequired(true);
        rejected.addComponentColumn(r -> org.siyaq.ui.Texts.user(r.file())).setHeader("Skipped file").setAutoWidth(true);
        rejected.addComponentColumn(r -> org.siyaq.ui.Texts.user(r.reason())).setHeader("Why").setFlexGrow(1);
        rejected.setAllRowsVisible(true);
        rejected.setVisible(false);
        rejected.setId("rejected-files");
        Button create = new Button("Create corpus", e -> create(started));
        create.setId("create-corpus");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout fields = new FormLayout(name, id, description, languageNote, sourceNote, shared);
        add(new H2("New corpus"), new Paragraph("Accepted: .txt (UTF-8, UTF-16 with BOM, Windows-1256), .docx, .odt, "
                + ".pdf with a text layer, .html, .csv/.tsv with a 'text' column, and .zip archives of these."),
                fields, upload, create, rejected);
    }

    private void create(Consumer<String> started) {
        List<UploadedFile> files;
        synchronized (received) {
            files = List.copyOf(received);
        }
        try {
            CorpusUploads.Receipt receipt = uploads.upload(new CorpusUploads.Description(id.getValue(), name.getValue(),
                    description.getValue(), languageNote.getValue(), sourceNote.getValue(),
                    shared.getValue() ? Visibility.CLASS : Visibility.DRAFT), files);
            show(receipt.rejected());
            Notification.show("Indexing " + receipt.documents() + " documents as '" + receipt.id() + "'")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            synchronized (received) {
                received.clear();
            }
            upload.clearFileList();
            started.accept(receipt.id());
        } catch (CorpusUploads.NothingReadableException e) {
            show(e.rejected());
            error(e.getMessage());
        } catch (IllegalArgumentException | UploadLimitException | CorpusExistsException e) {
            error(e.getMessage());
        }
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
