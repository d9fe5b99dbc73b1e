package io.github.vaultlint.section;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeasurableTest {

    @Test
    void numbersPercentagesDurationsAndAmountsAreMeasurable() {
        assertTrue(Measurable.test("Resolved within 30 minutes."));
        assertTrue(Measurable.test("We got 5x better write performance"));
        assertTrue(Measurable.test("Cut storage cost by 80%"));
        assertTrue(Measurable.test("Saved $20k a month"));
        assertTrue(Measurable.test("Handled 100K metrics/min"));
        assertTrue(Measurable.test("Shipped in two weeks"));
        assertTrue(Measurable.test("Halved the pager load"));
        assertTrue(Measurable.test("Deploys now take under a minute"));
        assertTrue(Measurable.test("Zero lost messages"));
    }

    @Test
    void teenNumbersFractionsFoldsAndUnitsAloneAreMeasurable() {
        // Each was "no measurable outcome" although it states one.
        assertTrue(Measurable.test("Onboarded sixteen engineers"));
        assertTrue(Measurable.test("Reduced errors by a third"));
        assertTrue(Measurable.test("A threefold increase in deploys"));
        assertTrue(Measurable.test("Recovery went from hours to minutes"));
        assertTrue(Measurable.test("Shipped in days instead of a quarter"));
        assertFalse(Measurable.test("A third-party library fixed it"), "a third party is no fraction");
        assertFalse(Measurable.test("The team was happier for months"));
    }

    @Test
    void versionsAndProductNamesAreNotOutcomes() {
        assertFalse(Measurable.test("Later moved from OpenStack to EC2"));
        assertFalse(Measurable.test("Now I'm comfortable writing K8s manifests"));
        assertFalse(Measurable.test("Platform was production ready and the team was unblocked."));
        assertFalse(Measurable.test("We didn't waste time on a platform nobody would use."));
        assertFalse(Measurable.test(""));
    }

    @Test
    void digitsCountOnlyWhenNotGluedToALetterOrDigitBefore() {
        assertTrue(Measurable.symbol("9 nines"));
        assertTrue(Measurable.symbol("(3 teams)"));
        assertTrue(Measurable.symbol("cost €12"));
        assertTrue(Measurable.symbol("p99 fell to 40"));
        assertFalse(Measurable.symbol("p99 and ec2 and k8s"));
        assertFalse(Measurable.symbol("é2 is glued to a letter"));
        assertFalse(Measurable.symbol("\uD835\uDC9C2 is glued to a letter outside the BMP"));
    }
}
