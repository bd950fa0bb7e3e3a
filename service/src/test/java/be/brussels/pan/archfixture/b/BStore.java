package be.brussels.pan.archfixture.b;

import be.brussels.pan.archfixture.a.AStore;

/** Feature b's store; wrong on purpose: it depends back on feature a, closing a cycle a -> b -> a. */
public class BStore {

    public String name() {
        return "b" + new AStore().name();
    }
}
