package be.brussels.pan.service.web;

import java.io.IOException;

/** A request body over its endpoint's limit (64 KiB; 8 MiB for catalogues and roster problems). */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super(detail(limit));
    }

    /** The problem detail for a body over {@code limit} bytes. */
    public static String detail(long limit) {
        return "The body is over " + (limit / 1024) + " KiB.";
    }
}
