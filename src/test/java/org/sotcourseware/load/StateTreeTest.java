package org.sotcourseware.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sotcourseware.load.StateTree.Node;
import tools.jackson.databind.JsonNode;

class StateTreeTest {

    static String resource(String name) throws IOException {
        try (InputStream in = StateTreeTest.class.getResourceAsStream("/load/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static JsonNode changes(String json) {
        return VaadinClient.JSON.readTree("{\"changes\":" + json.replace('\'', '"') + "}");
    }

    /** A recorded ?v-r=init answer and the first render of the login view, as the server sent them. */
    static StateTree recordedLoginPage() throws IOException {
        StateTree t = new StateTree();
        t.apply(VaadinClient.parse("init", resource("init-answer.json")).path("appConfig").path("uidl"));
        t.apply(VaadinClient.parse("login-page", resource("login-page-answer.json")));
        return t;
    }

    @Test
    void a_recorded_login_page_gives_the_tree_a_browser_builds() throws IOException {
        StateTree t = recordedLoginPage();

        assertThat(t.node(StateTree.ROOT).tag).isEqualTo("body");
        assertThat(t.first(StateTree.tag("vaadin-login-form"))).isPresent()
                .get().satisfies(form -> assertThat(form.property("action")).isEqualTo("login"));
        assertThat(t.first(StateTree.tag("h1")).map(t::text)).contains("SOT Courseware");
        Node demo = t.first(StateTree.hasClass("demo-accounts")).orElseThrow();
        assertThat(t.text(demo)).startsWith("Demo accounts This is a demonstration install.").contains("student demo-student");
        // the root listens to the router's navigation event with the data the client must send
        JsonNode settings = t.listenerSettings(t.node(StateTree.ROOT), "ui-navigate");
        assertThat(settings.propertyNames()).contains("route", "query", "appShellTitle", "historyState", "trigger");
    }

    @Test
    void the_page_lists_nodes_in_document_order_and_only_those_reachable_from_the_ui() throws IOException {
        StateTree t = recordedLoginPage();
        List<String> roles = t.find(StateTree.hasClass("demo-account-role")).stream().map(t::text).toList();
        assertThat(roles).containsExactly("Student", "Instructor", "Seminar organiser", "Administrator");

        t.apply(changes("[{'node':999,'type':'attach'},{'node':999,'type':'put','feat':0,'key':'tag','value':'vaadin-button'}]"));
        assertThat(t.node(999)).isNotNull();
        assertThat(t.find(StateTree.tag("vaadin-button"))).as("attached but not added to a parent: not on the page").isEmpty();
    }

    @Test
    void splices_add_and_remove_children_and_detach_forgets_a_node() {
        StateTree t = new StateTree();
        t.apply(changes("""
                [{'node':1,'type':'put','feat':0,'key':'tag','value':'body'},
                 {'node':2,'type':'attach'},{'node':2,'type':'put','feat':0,'key':'tag','value':'ul'},
                 {'node':3,'type':'attach'},{'node':3,'type':'put','feat':7,'key':'text','value':'one'},
                 {'node':4,'type':'attach'},{'node':4,'type':'put','feat':7,'key':'text','value':'two'},
                 {'node':5,'type':'attach'},{'node':5,'type':'put','feat':7,'key':'text','value':'three'},
                 {'node':1,'type':'splice','feat':2,'index':0,'addNodes':[2]},
                 {'node':2,'type':'splice','feat':2,'index':0,'addNodes':[3,5]},
                 {'node':2,'type':'splice','feat':2,'index':1,'addNodes':[4]}]"""));
        assertThat(t.text(t.node(2))).isEqualTo("onetwothree");

        t.apply(changes("[{'node':2,'type':'splice','feat':2,'index':0,'remove':1},{'node':3,'type':'detach'}]"));
        assertThat(t.node(2).children).containsExactly(4, 5);
        assertThat(t.node(3)).isNull();

        t.apply(changes("[{'node':2,'type':'clear','feat':2}]"));
        assertThat(t.text(t.node(2))).isEmpty();
    }

    @Test
    void attributes_properties_classes_and_listeners_follow_puts_removes_and_splices() {
        StateTree t = new StateTree();
        t.apply(changes("""
                [{'node':1,'type':'put','feat':0,'key':'tag','value':'body'},
                 {'node':1,'type':'splice','feat':2,'index':0,'addNodes':[7]},
                 {'node':7,'type':'put','feat':0,'key':'tag','value':'vaadin-button'},
                 {'node':7,'type':'put','feat':3,'key':'disabled','value':''},
                 {'node':7,'type':'put','feat':3,'key':'aria-label','value':'Move item 1 up'},
                 {'node':7,'type':'put','feat':1,'key':'innerHTML','value':'<b>Save &amp; go</b>'},
                 {'node':7,'type':'put','feat':4,'key':'click','value':'K1'},
                 {'node':7,'type':'splice','feat':11,'index':0,'add':['a','b']},
                 {'node':7,'type':'splice','feat':11,'index':0,'remove':1,'add':['c']},
                 {'node':7,'type':'splice','feat':19,'index':0,'add':['reachedEnd']}]"""));
        Node b = t.node(7);
        assertThat(b.disabled()).isTrue();
        assertThat(b.classes).containsExactly("c", "b");
        assertThat(t.text(b)).isEqualTo("Save & go");
        assertThat(t.first(t.button("Save & go"))).contains(b);
        assertThat(t.first(StateTree.labelled(l -> l.startsWith("Move item")))).contains(b);
        assertThat(t.first(StateTree.callable("reachedEnd"))).contains(b);

        t.apply(changes("[{'node':7,'type':'remove','feat':3,'key':'disabled'},{'node':7,'type':'remove','feat':1,'key':'innerHTML'}]"));
        assertThat(b.disabled()).isFalse();
        assertThat(t.text(b)).isEmpty();
    }

    @Test
    void an_open_modal_dialog_is_where_a_user_can_act_and_virtual_children_are_on_the_page() {
        StateTree t = new StateTree();
        t.apply(changes("""
                [{'node':1,'type':'put','feat':0,'key':'tag','value':'body'},
                 {'node':1,'type':'splice','feat':2,'index':0,'addNodes':[2]},
                 {'node':2,'type':'put','feat':0,'key':'tag','value':'vaadin-button'},
                 {'node':3,'type':'put','feat':7,'key':'text','value':'Submit now'},
                 {'node':2,'type':'splice','feat':2,'index':0,'addNodes':[3]},
                 {'node':1,'type':'splice','feat':24,'index':0,'addNodes':[4]},
                 {'node':4,'type':'put','feat':0,'key':'tag','value':'vaadin-dialog'},
                 {'node':4,'type':'put','feat':1,'key':'opened','value':true},
                 {'node':4,'type':'splice','feat':24,'index':0,'addNodes':[5]},
                 {'node':5,'type':'put','feat':0,'key':'tag','value':'vaadin-button'},
                 {'node':6,'type':'put','feat':7,'key':'text','value':'Submit now'},
                 {'node':5,'type':'splice','feat':2,'index':0,'addNodes':[6]}]"""));
        assertThat(t.openDialog()).map(n -> n.id).contains(4);
        assertThat(t.find(t.button("Submit now"))).extracting(n -> n.id).containsExactly(5);

        t.apply(changes("[{'node':4,'type':'put','feat':1,'key':'opened','value':false}]"));
        assertThat(t.find(t.button("Submit now"))).extracting(n -> n.id).containsExactly(2, 5);
    }

    @Test
    void links_are_found_by_target_and_by_text() {
        StateTree t = new StateTree();
        t.apply(changes("""
                [{'node':1,'type':'put','feat':0,'key':'tag','value':'body'},
                 {'node':1,'type':'splice','feat':2,'index':0,'addNodes':[2,4]},
                 {'node':2,'type':'put','feat':0,'key':'tag','value':'a'},
                 {'node':2,'type':'put','feat':3,'key':'router-link','value':''},
                 {'node':2,'type':'put','feat':3,'key':'href','value':'modules/foundations/quiz'},
                 {'node':3,'type':'put','feat':7,'key':'text','value':'Open the quiz'},
                 {'node':2,'type':'splice','feat':2,'index':0,'addNodes':[3]},
                 {'node':4,'type':'put','feat':0,'key':'tag','value':'a'},
                 {'node':4,'type':'put','feat':3,'key':'href','value':'https://example.org'}]"""));
        assertThat(t.first(StateTree.routerLink("modules/foundations/quiz"))).map(n -> n.id).contains(2);
        assertThat(t.first(t.linkText("Open the quiz"))).map(n -> n.id).contains(2);
        assertThat(t.find(StateTree.routerLink("https://example.org"))).as("not an in-app link").isEmpty();
    }

    @Test
    void html_text_drops_tags_and_decodes_the_common_entities() {
        assertThat(StateTree.htmlText("<p>a &lt;b&gt; &amp; &quot;c&quot;&nbsp;d</p>").trim()).isEqualTo("a <b> & \"c\" d");
    }
}
