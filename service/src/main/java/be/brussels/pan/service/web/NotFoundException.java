package be.brussels.pan.service.web;

/** An id that names nothing the caller may see. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + Echo.cut(id) + " not found");
    }
}
