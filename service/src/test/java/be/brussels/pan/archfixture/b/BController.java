package be.brussels.pan.archfixture.b;

import org.springframework.stereotype.Controller;

/** A controller using the store of its own feature only: what the rule allows. */
@Controller
public class BController {

    private final BStore store;

    public BController(BStore store) {
        this.store = store;
    }

    public String name() {
        return store.name();
    }
}
