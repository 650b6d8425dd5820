package org.sotcourseware.progress;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sotcourseware.base.DemoProperties;
import org.sotcourseware.content.CatalogueService;
import org.sotcourseware.security.DemoSignIn;
import org.sotcourseware.security.UserAdminService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: gives the demo student a start (three Foundations lessons read and a first, not yet passing
 * Foundations quiz attempt) and adds a small cohort of demo students at varied stages, all made through the
 * real services as those students, so the dashboard and the staff screens show real figures on first run.
 * Runs once: only while the demo student has no activity.
 */
@Component
@Order(10)
class DemoActivity implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoActivity.class);

    private final DemoProperties demo;
    private final TransactionTemplate transactions;
    private final DemoSignIn signIn;
    private final DemoLearner learner;
    private final UserAdminService accounts;
    private final CatalogueService catalogue;

    DemoActivity(DemoProperties demo, PlatformTransactionManager transactionManager, DemoSignIn signIn, DemoLearner learner,
                 UserAdminService accounts, CatalogueService catalogue) {
        this.demo = demo;
        this.transactions = new TransactionTemplate(transactionManager);
        this.signIn = signIn;
        this.learner = learner;
        this.accounts = accounts;
        this.catalogue = catalogue;
    }

    @Override
    public void run(ApplicationArguments args) {
        // one transaction for the whole demo set: one commit (one fsync) instead of one per service call
        transactions.executeWithoutResult(status -> seed());
    }

    private void seed() {
        boolean curriculum = List.of("foundations", "category-one", "category-two").stream()
                .allMatch(id -> catalogue.module(id).map(m -> m.publishedQuiz().isPresent()).orElse(false));
        if (!demo.enabled() || !curriculum) {
            return; // not demo mode, or a content folder without the first modules (test fixtures)
        }
        try {
            // the demo student: a start in Foundations (once: while they have done nothing)
            signIn.as("student");
            if (learner.hasLearning()) {
                return;
            }
            learner.read("foundations", 3);
            learner.takeQuiz("foundations", 0.4);
            // a small cohort at varied stages, so the staff screens show real figures
            signIn.as("admin");
            List<String[]> cohort = List.of(
                    new String[] {"demo-amara", "Amara Okafor"}, new String[] {"demo-ben", "Ben Hartley"},
                    new String[] {"demo-chloe", "Chloé Martin"}, new String[] {"demo-dev", "Dev Patel"},
                    new String[] {"demo-elena", "Elena Rossi"});
            for (String[] c : cohort) {
                accounts.ensureDemoStudent(c[0], c[1]);
            }
            signIn.as("demo-amara");
            learner.completeModule("foundations");
            learner.completeModule("category-one");
            learner.read("category-two", 2);
            signIn.as("demo-ben");
            learner.completeModule("foundations");
            learner.read("category-one", 4);
            learner.takeQuiz("category-one", 0.5);
            signIn.as("demo-chloe");
            learner.readAll("foundations");
            learner.takeQuiz("foundations", 1.0);
            signIn.as("demo-dev");
            learner.read("foundations", 2);
            log.info("Demo mode: gave the demo student a start in Foundations and added a demo cohort of {} students", cohort.size());
        } finally {
            signIn.signOut();
        }
    }

}
