package org.sotcourseware;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sotcourseware.security.Roles;
import org.sotcourseware.security.UserAdminService;
import org.sotcourseware.security.UserSummary;
import org.sotcourseware.testsupport.HttpBrowser;
import org.sotcourseware.testsupport.IntegrationTest;
import org.sotcourseware.testsupport.MutableClockConfig;
import org.sotcourseware.testsupport.TestUsers;
import org.sotcourseware.testsupport.Unique;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Every route of the app (the access matrix's list), as a visitor and signed in, and the other kinds of response
 * (static files, Vaadin's own requests, module images, refusals, errors) carry the security headers.
 */
// the same context as SignInSecurityTest
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sot.sign-in.address-failures-per-hour=15")
@Import(MutableClockConfig.class)
class SecurityHeadersTest {

    private static final String PASSWORD = "violet cranium ferry harbour";

    @LocalServerPort
    int port;
    @Autowired
    TestUsers testUsers;
    @Autowired
    UserAdminService admin;

    static void assertSecurityHeaders(String what, HttpResponse<String> r) {
        var h = r.headers();
        String csp = h.firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).as(what + " Content-Security-Policy").contains("default-src 'self'").contains("frame-ancestors 'none'")
                .contains("object-src 'none'").contains("base-uri 'self'").contains("form-action 'self'")
                .doesNotContain("img-src *").doesNotContain("https:;");
        assertThat(h.allValues("Content-Security-Policy")).as(what + " one policy").hasSize(1);
        assertThat(h.firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
        assertThat(h.firstValue("Referrer-Policy")).as(what).contains("same-origin");
        assertThat(h.firstValue("Permissions-Policy")).as(what).hasValueSatisfying(p -> assertThat(p).contains("camera=()").contains("geolocation=()"));
        assertThat(h.firstValue("Cross-Origin-Opener-Policy")).as(what).contains("same-origin");
        assertThat(h.firstValue("X-Frame-Options")).as(what).contains("DENY");
        assertThat(h.firstValue("Strict-Transport-Security")).as(what + ": HSTS only in prod").isEmpty();
        assertThat(h.firstValue("Access-Control-Allow-Origin")).as(what + ": nothing shared with other origins").isEmpty();
    }

    @Test
    void every_route_answers_with_the_security_headers_to_visitors_and_to_signed_in_staff() {
        testUsers.signIn("admin");
        UserSummary a;
        try {
            a = admin.create(Unique.name("headers"), "Header Walker", null, PASSWORD, Set.of(Roles.ADMIN));
        } finally {
            testUsers.signOut();
        }
        HttpBrowser visitor = new HttpBrowser(port);
        HttpBrowser staff = new HttpBrowser(port);
        staff.signInAndOpen(a.username(), PASSWORD);
        List<String> walked = new ArrayList<>();
        for (AccessMatrixTest.Route route : AccessMatrixTest.ROUTES) {
            String path = "/" + route.path();
            HttpResponse<String> anonymous = visitor.get(path);
            assertSecurityHeaders("anonymous " + path + " (" + anonymous.statusCode() + ")", anonymous);
            HttpResponse<String> signedIn = staff.get(path);
            assertThat(signedIn.statusCode()).as(path).isEqualTo(200);
            assertSecurityHeaders("admin " + path, signedIn);
            walked.add(path);
        }
        assertThat(walked).hasSize(AccessMatrixTest.ROUTES.size()).contains("/login", "/admin/sign-in-locks");

        HttpResponse<String> page = staff.get("/modules");
        // the bundle and other static files the page loads
        Matcher scripts = Pattern.compile("src=\"(\\./)?(VAADIN/[^\"]+)\"").matcher(page.body());
        assertThat(scripts.find()).as("the page loads Vaadin's bundle").isTrue();
        HttpResponse<String> bundle = staff.get("/" + scripts.group(2));
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertSecurityHeaders("bundle", bundle);
        // Vaadin's own request, a missing page, a module image (which keeps its stricter policy) and a refusal
        HttpResponse<String> init = staff.get("/?v-r=init&location=modules");
        assertSecurityHeaders("v-r=init", init);
        assertSecurityHeaders("missing page", staff.get("/no/such/page"));
        assertSecurityHeaders("missing static file", staff.get("/VAADIN/no-such-file.js"));
        HttpResponse<String> svg = staff.get("/content-assets/foundations/images/category-decision-flow.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().allValues("Content-Security-Policy")).singleElement().asString().contains("default-src 'none'").contains("sandbox");
        assertThat(svg.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        // another site's page posting the sign-in form (login CSRF; Vaadin exempts that form from the CSRF token)
        HttpBrowser victim = new HttpBrowser(port);
        HttpResponse<String> post = victim.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .POST(HttpRequest.BodyPublishers.ofString("username=" + a.username() + "&password=" + PASSWORD.replace(' ', '+')))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://attacker.example").build());
        assertThat(post.statusCode()).as("cross-site sign-in").isEqualTo(403);
        assertSecurityHeaders("refused POST", post);
        assertThat(victim.get("/modules").headers().firstValue("Location").orElse("")).endsWith("/login");
        HttpResponse<String> fetchMeta = victim.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .POST(HttpRequest.BodyPublishers.ofString("username=x&password=y")).header("Sec-Fetch-Site", "cross-site")
                .header("Content-Type", "application/x-www-form-urlencoded").build());
        assertThat(fetchMeta.statusCode()).isEqualTo(403);
        // the same form from our own page signs in
        HttpResponse<String> own = victim.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .POST(HttpRequest.BodyPublishers.ofString("username=" + a.username() + "&password=" + PASSWORD.replace(' ', '+')))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://localhost:" + port).build());
        assertThat(own.statusCode()).isEqualTo(302);
        assertThat(own.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    @Test
    void images_only_come_from_the_app_unless_hosts_are_allowed() {
        var none = new org.sotcourseware.security.WebSecurityProperties(List.of("localhost"), List.of(), false);
        assertThat(policyOf(none)).contains("img-src 'self' data: blob:;");
        var some = new org.sotcourseware.security.WebSecurityProperties(List.of("localhost"), List.of("images.example.org", "https://cdn.example.net"), true);
        assertThat(policyOf(some)).contains("img-src 'self' data: blob: https://images.example.org https://cdn.example.net;");
    }

    private static String policyOf(org.sotcourseware.security.WebSecurityProperties p) {
        return org.sotcourseware.security.SecurityHeaders.policy(p);
    }
}
