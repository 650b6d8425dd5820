package org.sotcourseware.base.ui;

import java.io.IOException;

import com.vaadin.flow.dom.DisabledUpdateMode;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadResult;

/**
 * Upload handlers with their size limit enforced on the server: {@code Upload.setMaxFileSize} alone is
 * only a check in the browser, and a hand-made request could send gigabytes into memory. Vaadin refuses
 * a request over {@link UploadHandler#getRequestSizeMax()} before the callback runs.
 */
public final class Uploads {

    private Uploads() {
    }

    /** One file of at most {@code maxBytes}, read into memory and given to {@code callback}. */
    public static UploadHandler inMemory(long maxBytes, InMemoryUploadCallback callback) {
        return new Limited(UploadHandler.inMemory(callback), maxBytes);
    }

    private record Limited(UploadHandler delegate, long maxBytes) implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            delegate.handleUploadRequest(event);
        }

        @Override
        public void responseHandled(UploadResult result) {
            delegate.responseHandled(result);
        }

        @Override
        public long getRequestSizeMax() {
            return maxBytes + 64 * 1024; // the multipart envelope around the file
        }

        @Override
        public long getFileSizeMax() {
            return maxBytes;
        }

        @Override
        public long getFileCountMax() {
            return 1;
        }

        @Override
        public String getUrlPostfix() {
            return delegate.getUrlPostfix();
        }

        @Override
        public boolean isAllowInert() {
            return delegate.isAllowInert();
        }

        @Override
        public DisabledUpdateMode getDisabledUpdateMode() {
            return delegate.getDisabledUpdateMode();
        }
    }
}
