package org.sotcourseware.base.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps each UI's last answer compressed instead of as a {@code String}. Vaadin keeps the whole last UIDL answer
 * of every UI ({@code UIInternals.lastRequestResponse}) so that it can send it again when the browser repeats a
 * request whose answer was lost on the way. After a navigation that is the whole new page, stored at two bytes a
 * character as soon as the page has one character beyond Latin-1 (every lesson has a dash or a quotation mark):
 * 30-120 KB per open tab, for a copy that is almost never read. Here it is kept deflated (a tenth of that) and
 * inflated again only for the request that repeats the last one, so Vaadin's resending works unchanged.
 * <p>
 * Vaadin runs request handlers added by a {@link VaadinServiceInitListener} before its own, so this subclass of
 * its UIDL handler answers every UIDL request and the built-in one is not reached.
 */
@Component
class CompactLastResponse implements VaadinServiceInitListener {

    /** Answers shorter than this stay as they are: compressing them would save little. */
    static final int SMALLEST = 2048;

    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*(-?\\d+)"); // not UI text: Vaadin's message id

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(new Handler());
    }

    static final class Handler extends UidlRequestHandler {

        @Override
        public Optional<ResponseWriter> synchronizedHandleRequest(VaadinSession session, VaadinRequest request,
                                                                  VaadinResponse response, String body) throws IOException {
            UI ui = session.getService().findUI(request);
            if (ui != null && repeatsLast(ui, body)) {
                unpack(ui);
            }
            try {
                return super.synchronizedHandleRequest(session, request, response, body);
            } finally {
                if (ui != null) {
                    pack(ui);
                }
            }
        }
    }

    /** The kept answer, deflated UTF-8. */
    record Packed(byte[] deflated, int length) {
    }

    /**
     * Whether the browser sends the message the last answer belonged to again (Vaadin then answers with the kept
     * answer). Without a readable message id the answer is unpacked anyway: correctness before memory.
     */
    static boolean repeatsLast(UI ui, String body) {
        if (ComponentUtil.getData(ui, Packed.class) == null) {
            return false;
        }
        Matcher m = body == null ? null : CLIENT_ID.matcher(body);
        Integer last = null;
        while (m != null && m.find()) {
            last = Integer.valueOf(m.group(1)); // the message id is the last member of Vaadin's message
        }
        return last == null || last == ui.getInternals().getLastProcessedClientToServerId();
    }

    /** Moves the kept answer into its compressed form, if it is long enough to be worth it. */
    static void pack(UI ui) {
        String last = ui.getInternals().getLastRequestResponse();
        if (last == null || last.length() < SMALLEST) {
            if (last != null) {
                ComponentUtil.setData(ui, Packed.class, null); // a newer, short answer: the packed one is stale
            }
            return;
        }
        ComponentUtil.setData(ui, Packed.class, deflate(last));
        ui.getInternals().setLastRequestResponse(null);
    }

    /** Puts the kept answer back where Vaadin reads it. */
    static void unpack(UI ui) {
        Packed packed = ComponentUtil.getData(ui, Packed.class);
        if (packed != null) {
            ui.getInternals().setLastRequestResponse(inflate(packed));
            ComponentUtil.setData(ui, Packed.class, null);
        }
    }

    static Packed deflate(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(utf8);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, utf8.length / 6));
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return new Packed(out.toByteArray(), utf8.length);
        } finally {
            deflater.end();
        }
    }

    static String inflate(Packed packed) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packed.deflated());
            byte[] utf8 = new byte[packed.length()];
            int n = 0;
            while (n < utf8.length && !inflater.finished()) {
                int got = inflater.inflate(utf8, n, utf8.length - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("the compressed answer ends early"); // not UI text: log only
                }
                n += got;
            }
            return new String(utf8, 0, n, StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new UncheckedIOException(new IOException("The kept Vaadin answer could not be read back", e)); // not UI text: log only
        } finally {
            inflater.end();
        }
    }
}
