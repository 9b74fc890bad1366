package org.siyaq.ui.picture;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * A picture's two downloads: the SVG as the server wrote it, and a PNG the browser draws from the same
 * SVG on a canvas (so the PNG has the picture's title, legend and font without a server-side rasterizer).
 */
public class PictureDownloads extends Div {

    /** Draws SVG text {@code $0} of size {@code $1 × $2} on a white canvas at twice the size and downloads it as {@code $3}. */
    private static final String PNG_SCRIPT = """
            const svg = new Blob([$0], {type: 'image/svg+xml'});
            const url = URL.createObjectURL(svg);
            const img = new Image();
            img.onload = () => {
              const canvas = document.createElement('canvas');
              canvas.width = $1 * 2;
              canvas.height = $2 * 2;
              const g = canvas.getContext('2d');
              g.fillStyle = '#ffffff';
              g.fillRect(0, 0, canvas.width, canvas.height);
              g.drawImage(img, 0, 0, canvas.width, canvas.height);
              URL.revokeObjectURL(url);
              canvas.toBlob(png => {
                const a = document.createElement('a');
                a.href = URL.createObjectURL(png);
                a.download = $3;
                document.body.appendChild(a);
                a.click();
                a.remove();
              }, 'image/png');
            };
            img.src = url;
            """;

    /** A download link for a picture's numbers as CSV (the API's), with {@code id}; point it with {@code setHref}. */
    public static Anchor csvLink(String id) {
        Anchor csv = new Anchor();
        csv.setText(csv.getTranslation("csv.export"));
        csv.setId(id);
        csv.setDownload(true);
        csv.setRouterIgnore(true);
        return csv;
    }

    /**
     * @param id      the prefix of the two controls' ids ({@code <id>-svg}, {@code <id>-png})
     * @param name    the file name without extension
     * @param picture the current picture, asked for on each download
     */
    public PictureDownloads(String id, String name, Supplier<Svg> picture) {
        addClassName("picture-downloads");
        Anchor svg = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(name + ".svg");
                    event.setContentType("image/svg+xml");
                    event.getOutputStream().write(picture.get().finish().getBytes(StandardCharsets.UTF_8));
                },
                getTranslation("picture.download.svg"));
        svg.setId(id + "-svg");
        Button png = new Button(getTranslation("picture.download.png"), e -> {
            Svg current = picture.get();
            getElement().executeJs(PNG_SCRIPT, current.finish(), current.width(), current.height(), name + ".png");
        });
        png.setId(id + "-png");
        png.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        add(svg, png);
    }
}
