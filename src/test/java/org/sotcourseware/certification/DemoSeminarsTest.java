package org.sotcourseware.certification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.seminar.SeminarService;
import org.sotcourseware.seminar.SeminarReadModel;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** Demo mode gives the organiser's screens something real: seminars, attendance, exams, eligible and certified students. */
@IntegrationTest
class DemoSeminarsTest {

    @Autowired SeminarService seminars;
    @Autowired CertificationService certification;
    @Autowired TestUsers users;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void demo_mode_has_finished_and_running_seminars_an_eligible_student_and_a_certified_one() {
        users.signIn("organiser");
        var list = seminars.list();
        assertThat(list).extracting(SeminarReadModel.Summary::status).contains(SeminarReadModel.Status.FINISHED, SeminarReadModel.Status.RUNNING);
        var matrix = certification.matrix(null);
        var proficiency = matrix.rows().stream().map(r -> r.tracks().get("proficiency").status()).toList();
        assertThat(proficiency).contains(TrackRules.Status.CERTIFIED, TrackRules.Status.ELIGIBLE, TrackRules.Status.IN_PROGRESS);
        var farah = matrix.rows().stream().filter(r -> r.username().equals("demo-farah")).findFirst().orElseThrow();
        assertThat(farah.tracks().get("proficiency").status()).isEqualTo(TrackRules.Status.CERTIFIED);
        assertThat(certification.certificates(farah.id())).singleElement()
                .satisfies(c -> assertThat(certification.verify(c.code()).validity()).isEqualTo(CertificationService.Validity.VALID));
    }
}
