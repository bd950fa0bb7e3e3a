package be.brussels.pan.service.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemandPriorityTest {

    @Test
    void theUrgencyToPriorityMappingComesFromConfigurationNotFromCode() {
        // pan.rosters.priority.* (application.yml): 3, 2, 1.
        DemandProblem configured = new DemandProblem(null, null, 4, 10, 3, 2, 1);
        assertThat(configured.priority("HIGH")).isEqualTo(3);
        assertThat(configured.priority("MEDIUM")).isEqualTo(2);
        assertThat(configured.priority("LOW")).isEqualTo(1);
        assertThat(configured.priority(null)).as("unknown urgency counts as low").isEqualTo(1);

        DemandProblem mediumAsHigh = new DemandProblem(null, null, 4, 10, 3, 3, 1);
        assertThat(mediumAsHigh.priority("MEDIUM")).isEqualTo(3);
    }

    @Test
    void prioritiesOutsideTheContractOrOutOfOrderStopTheStartUp() {
        assertThatThrownBy(() -> new DemandProblem(null, null, 4, 10, 4, 2, 1)).hasMessageContaining("pan.rosters.priority");
        assertThatThrownBy(() -> new DemandProblem(null, null, 4, 10, 3, 2, 0)).hasMessageContaining("pan.rosters.priority");
        assertThatThrownBy(() -> new DemandProblem(null, null, 4, 10, 1, 2, 3)).hasMessageContaining("high >= medium >= low");
    }
}
