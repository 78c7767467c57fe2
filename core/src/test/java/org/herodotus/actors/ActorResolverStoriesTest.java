package org.herodotus.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.model.Lang;
import org.herodotus.pipeline.Extraction;
import org.herodotus.testing.Parses;
import org.herodotus.testing.TestWorld;
import org.junit.jupiter.api.Test;

/** Story tests of actor resolution on hand-built parses: each names the rule ({@code by}) that should resolve the mention. */
class ActorResolverStoriesTest {
    private static final TestWorld WORLD = new TestWorld();

    private static List<ActorMention> resolve(Lang lang, String text, String conll) {
        Extraction x = WORLD.pipeline.analyse(Parses.parse("a", "2019-04-10", lang, text, conll));
        return x.actors().mentions();
    }

    private static ActorMention find(List<ActorMention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + ms.stream().map(ActorMention::text).toList()));
    }

    @Test
    void anUnknownOrganisationDefinedWithAnAcronymIsKeptOpenAndItsAcronymResolvesLater() {
        List<ActorMention> ms = resolve(Lang.EN, "The Sahel Defence Front (SDF) attacked Gao. The SDF withdrew.", """
                1 The the DET 4 det
                2 Sahel Sahel PROPN 4 compound ORGANIZATION
                3 Defence Defence PROPN 4 compound ORGANIZATION
                4 Front Front PROPN 9 nsubj ORGANIZATION
                5 ( ( PUNCT 6 punct
                6 SDF SDF PROPN 4 appos ORGANIZATION
                7 ) ) PUNCT 6 punct
                8 attacked attack VERB 0 root
                9 Gao Gao PROPN 8 obj LOCATION
                10 . . PUNCT 8 punct

                1 The the DET 2 det
                2 SDF SDF PROPN 3 nsubj ORGANIZATION
                3 withdrew withdraw VERB 0 root
                4 . . PUNCT 3 punct
                """.replace("4 Front Front PROPN 9 nsubj", "4 Front Front PROPN 8 nsubj"));
        ActorMention def = find(ms, "Sahel Defence Front");
        assertThat(def.actor().known()).isFalse();
        assertThat(def.by()).isEqualTo("open");
        ActorMention later = ms.stream().filter(m -> m.text().equals("SDF") && m.sentence() == 1).findFirst().orElseThrow();
        assertThat(later.actor().id()).isEqualTo(def.actor().id());
        assertThat(later.by()).isEqualTo("acronym");
    }

    @Test
    void aPersonIsTiedToTheOrganisationOfTheTitleBesideHim() {
        List<ActorMention> ms = resolve(Lang.FR, "Le chef du Conseil militaire de Misrata, le général Salem Jeha, a parlé.", """
                1 Le le DET 2 det
                2 chef _ NOUN 14 nsubj
                3 du _ ADP 4 case
                4 Conseil _ PROPN 2 nmod I-ORG
                5 militaire _ ADJ 4 amod I-ORG
                6 de _ ADP 7 case
                7 Misrata _ PROPN 4 nmod I-ORG
                8 , _ PUNCT 10 punct
                9 le _ DET 10 det
                10 général _ NOUN 2 appos
                11 Salem _ PROPN 10 appos I-PER
                12 Jeha _ PROPN 11 flat:name I-PER
                13 , _ PUNCT 10 punct
                14 parlé _ VERB 0 root
                15 . _ PUNCT 14 punct
                """.replace("14 parlé", "14 parlé").replace("2 chef _ NOUN 14 nsubj", "2 chef _ NOUN 14 nsubj"));
        ActorMention p = ms.stream().filter(m -> m.actor().kind() == ActorKind.PERSON).findFirst().orElseThrow();
        assertThat(p.actor().name()).isEqualTo("Salem Jeha");
        assertThat(p.organisation()).hasValueSatisfying(o -> assertThat(o.id().value()).isEqualTo("misrata-mc"));
        assertThat(p.text()).startsWith("Le chef du Conseil militaire de Misrata");
    }

    @Test
    void forcesLoyalToACommanderAreHisOrganisationAndKenyanPoliceAreKenyasPolice() {
        List<ActorMention> ms = resolve(Lang.EN, "Forces loyal to Haftar advanced.", """
                1 Forces force NOUN 5 nsubj
                2 loyal loyal ADJ 1 amod
                3 to to ADP 4 case
                4 Haftar Haftar PROPN 2 obl PERSON
                5 advanced advance VERB 0 root
                6 . . PUNCT 5 punct
                """);
        ActorMention f = find(ms, "Forces");
        assertThat(f.actor().id().value()).isEqualTo("lna");
        assertThat(f.by()).isEqualTo("agent+loyalty");
        assertThat(f.sector().orElseThrow().code()).isEqualTo("MIL");

        List<ActorMention> k = resolve(Lang.EN, "Kenyan police arrested two men.", """
                1 Kenyan Kenyan ADJ 2 amod MISC
                2 police police NOUN 3 nsubj
                3 arrested arrest VERB 0 root
                4 two two NUM 5 nummod
                5 men man NOUN 3 obj
                6 . . PUNCT 3 punct
                """);
        ActorMention p = find(k, "police");
        assertThat(p.actor().id().value()).isEqualTo("KEN-COP");
        assertThat(p.by()).isEqualTo("agent+country");
    }
}
