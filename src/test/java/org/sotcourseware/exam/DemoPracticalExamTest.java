package org.sotcourseware.exam;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sotcourseware.seminar.SeminarService;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** Demo mode's practical exam: finished, released, two examiners per station, every figure real and fed to the seminar's results. */
@IntegrationTest
class DemoPracticalExamTest {

    @Autowired ExamService exams;
    @Autowired SeminarService seminars;
    @Autowired TestUsers users;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void the_demo_seminar_has_a_released_practical_exam_with_two_examiners_per_station() {
        users.signIn("organiser");
        PracticalExams.Summary s = exams.list().stream().filter(e -> e.seminarTitle().startsWith(DemoPracticalExam.SEMINAR_PREFIX)).findFirst()
                .orElseThrow();
        assertThat(s.phase()).isEqualTo(PracticalExams.Phase.RELEASED);
        PracticalExams.Detail d = exams.detail(s.id());
        assertThat(d.stations()).hasSize(3).allSatisfy(st -> assertThat(st.examiners()).hasSize(2));
        PracticalExams.Results r = exams.results(s.id());
        assertThat(r.rows()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.result().complete()).isTrue();
            assertThat(row.cells()).allSatisfy(c -> assertThat(c.sheets()).hasSize(2).allMatch(PracticalExams.SheetSummary::submitted));
            // what certification reads is the released figure
            assertThat(seminars.record(row.candidate().id()).exams()).filteredOn(e -> e.seminarId().equals(s.seminar()))
                    .singleElement().extracting(org.sotcourseware.seminar.SeminarReadModel.ExamRecord::practical).isEqualTo(row.result().figure());
        });
        assertThat(r.passed()).isPositive();
        assertThat(r.stations()).allSatisfy(c -> assertThat(c.kappa().n()).isEqualTo(r.rows().size()));
        // the hard and the soft examiner at the third station are a dove and a hawk once they have enough sheets
        assertThat(r.stations().get(2).flags()).hasSize(2);
    }
}
