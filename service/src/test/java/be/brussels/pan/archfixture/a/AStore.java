package be.brussels.pan.archfixture.a;

/** Feature a's store. */
public class AStore {

    public String name() {
        return "a";
    }
}
