package be.brussels.pan.archfixture.a;

import be.brussels.pan.archfixture.b.BStore;
import org.springframework.web.bind.annotation.RestController;

/** Wrong on purpose: a controller of feature a using feature b's store (and its own, which is fine). */
@RestController
public class AController {

    private final AStore own;
    private final BStore other;

    public AController(AStore own, BStore other) {
        this.own = own;
        this.other = other;
    }

    public String both() {
        return own.name() + other.name();
    }
}
