package be.brussels.pan.engine.catalog;

/** A catalogue that cannot be used: {@link #where()} names the record id or the field. */
public class InvalidCatalogException extends IllegalArgumentException {

    private final String where;

    public InvalidCatalogException(String where, String problem) {
        super(where + ": " + problem);
        this.where = where;
    }

    public String where() {
        return where;
    }
}
