package be.brussels.pan.service.web;

/** An id that names nothing the caller may see. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + Echo.cut(id) + " not found");
    }

    /** Something named inside something else: {@code animator anim-9 in roster 0192… not found}. */
    public NotFoundException(String what, Object id, String within) {
        super(what + " " + Echo.cut(id) + " in " + within + " not found");
    }
}
