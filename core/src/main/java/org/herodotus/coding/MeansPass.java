package org.herodotus.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herodotus.model.PloverType;
import org.herodotus.text.ParsedArticle;
import org.herodotus.text.Sentence;
import org.herodotus.text.Token;

/**
 * The means of the violence a paragraph reports, which ACLED's sub-type follows whatever word the violence was
 * told with ("suicide bombers attacked a wake ... the attack killed 11" is a suicide bombing): a paragraph that
 * names chemical agents ({@code @chemical}) makes its assaults chemical-weapon attacks; one that names suicide
 * bombers ({@code @suicide}) makes its bombings, attacks and clashes suicide bombings; one that names grenades
 * ({@code @grenade}, not grenade launchers) makes its explosions, attacks and clashes grenade attacks; a sentence
 * that names aircraft ({@code @aerial}: warplanes, drones) makes its bombings, missiles and attacks air strikes. Air strikes
 * and shelling keep their type except for chemical agents; abductions and sexual violence always keep theirs.
 */
final class MeansPass {
    private static final Set<String> KEEP = Set.of("Abduction/forced disappearance", "Sexual violence", "Mob violence", "Violent demonstration",
            AcledTyping.DESTRUCTION, "Disrupted weapons use");
    private static final Set<String> REMOTE = Set.of("Air/drone strike", "Shelling/artillery/missile attack", "Chemical weapon");
    private static final Set<String> AIRBORNE = Set.of("Remote explosive/landmine/IED", "Shelling/artillery/missile attack", "Attack");
    private static final Set<String> LAUNCHER = Set.of("launcher", "launchers", "launched", "lanceur", "lance-grenade", "lance-grenades");

    private MeansPass() {}

    static List<Event> apply(ParsedArticle a, List<Event> events, TriggerLexicon lex) {
        int[] para = a.paragraphs();
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            Optional<Event.Acled> ac = e.acled();
            if (e.type() != PloverType.ASSAULT || ac.isEmpty() || KEEP.contains(ac.get().subEventType())) {
                out.add(e);
                continue;
            }
            int p = para[e.evidence().sentence()];
            String sub = ac.get().subEventType();
            Event x = e;
            if (mentions(a, para, p, lex.set("@chemical")))
                x = e.withAcled(Optional.of(new Event.Acled("Explosions/Remote violence", "Chemical weapon", "means:chemical")));
            else if (AIRBORNE.contains(sub) && lex.mentions(a.sentences().get(e.evidence().sentence()), "@aerial"))
                x = e.withAcled(Optional.of(new Event.Acled("Explosions/Remote violence", "Air/drone strike", "means:aerial")));
            else if (!REMOTE.contains(sub) && mentions(a, para, p, lex.set("@suicide")))
                x = e.withAcled(Optional.of(new Event.Acled("Explosions/Remote violence", "Suicide bomb", "means:suicide")));
            else if (!REMOTE.contains(sub) && !sub.equals("Suicide bomb") && mentions(a, para, p, lex.set("@grenade")))
                x = e.withAcled(Optional.of(new Event.Acled("Explosions/Remote violence", "Grenade", "means:grenade")));
            out.add(x);
        }
        return out;
    }

    private static boolean mentions(ParsedArticle a, int[] para, int p, Set<String> words) {
        if (words.isEmpty()) return false;
        for (Sentence s : a.sentences()) {
            if (para[s.index()] != p) continue;
            List<Token> ts = s.tokens();
            for (int i = 0; i < ts.size(); i++) {
                Token t = ts.get(i);
                if (!words.contains(t.lemma()) && !words.contains(t.lower())) continue;
                if (i + 1 < ts.size() && LAUNCHER.contains(ts.get(i + 1).lower())) continue;
                if (t.head() >= 0 && LAUNCHER.contains(s.token(t.head()).lower())) continue;
                return true;
            }
        }
        return false;
    }
}
