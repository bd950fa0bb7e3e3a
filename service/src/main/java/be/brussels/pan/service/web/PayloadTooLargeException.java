package be.brussels.pan.service.web;

import java.io.IOException;

/** A request body over the contract's 64 KiB. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException() {
        super("the body is over 64 KiB");
    }
}
