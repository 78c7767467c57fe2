package org.herodotus.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herodotus.actors.ActorLinks;
import org.herodotus.model.CountryCode;
import org.herodotus.model.Lang;
import org.herodotus.pipeline.Extraction;
import org.herodotus.testing.Parses;
import org.herodotus.testing.TestWorld;
import org.junit.jupiter.api.Test;

/** Story tests of the division-aware passes (issue 6), on a small hand-made gazetteer: each names the pass that decides. */
class PlacePassesStoriesTest {
    private static Place place(long id, String name, String a3, String admin1, String code, double lat, double lon, long pop) {
        return new Place(Optional.of(new GeoNameId(id)), name, CountryCode.of(a3), admin1, code.startsWith("ADM") ? "A" : "P", code, lat, lon, pop);
    }

    private static final Place ATLANTA = place(4180439, "Atlanta", "USA", "GA", "PPLA", 33.749, -84.388, 463_878);
    private static final Place GEORGIA_STATE = place(4197000, "Georgia", "USA", "GA", "ADM1", 32.75, -83.50, 9_000_000);
    private static final Place TBILISI = place(611717, "Tbilisi", "GEO", "TB", "PPLC", 41.694, 44.834, 1_049_498);
    private static final Place SALAMA_KE = place(900001, "Salama", "KEN", "18", "PPL", -1.6, 38.0, 5_000);
    private static final Place SALAMA_NG = place(900002, "Salama", "NGA", "05", "PPL", 10.0, 8.0, 20_000);
    private static final Place KITUI = place(900003, "Kitui County", "KEN", "18", "ADM1", -1.5, 38.3, 400_000);
    private static final Place ANDARD = place(900004, "Andard", "FRA", "52", "PPL", 47.45, -0.39, 2_000);
    private static final Place GHAZNI = place(900005, "Ghazni", "AFG", "08", "ADM1", 33.5, 68.4, 1_000_000);

    private static final InMemoryGazetteer G = new InMemoryGazetteer("story-gazetteer");

    static {
        G.addCountry(TestWorld.country("USA", "US", ATLANTA, "United States", "États-Unis", "الولايات المتحدة"), List.of());
        G.addCountry(TestWorld.country("GEO", "GE", TBILISI, "Georgia", "Géorgie", "جورجيا"), List.of());
        G.addCountry(TestWorld.country("KEN", "KE", SALAMA_KE, "Kenya", "Kenya", "كينيا"), List.of());
        G.addCountry(TestWorld.country("NGA", "NG", SALAMA_NG, "Nigeria", "Nigeria", "نيجيريا"), List.of());
        G.addCountry(TestWorld.country("AFG", "AF", GHAZNI, "Afghanistan", "Afghanistan", "أفغانستان"), List.of());
        G.add(ATLANTA, List.of("Atlanta"));
        G.add(GEORGIA_STATE, List.of("Georgia", "Ga."));
        G.add(TBILISI, List.of("Tbilisi"));
        G.add(SALAMA_KE, List.of("Salama"));
        G.add(SALAMA_NG, List.of("Salama"));
        G.add(KITUI, List.of("Kitui County", "Kitui"));
        G.add(ANDARD, List.of("Andard", "Andar"));
        G.add(GHAZNI, List.of("Ghazni"));
    }

    private static final PassChainGeocoder GEOCODER = new PassChainGeocoder(G, Passes.standard());

    private static PlaceLinks geocode(String text, String conll) {
        return GEOCODER.geocode(Parses.parse("p", "2020-05", Lang.EN, text, conll), new ActorLinks(List.of(), Optional.empty(), Map.of()));
    }

    private static PlaceMention at(PlaceLinks l, String text) {
        return l.mentions().stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no toponym '" + text + "' in " + l.mentions().stream().map(PlaceMention::text).toList()));
    }

    // Georgia after a town of the US state is the state; after Tbilisi it is the country
    @Test
    void georgiaIsTheStateAfterAtlantaAndTheCountryAfterTbilisi() {
        PlaceLinks us = geocode("Storms hit Atlanta, Georgia.", """
                1 Storms storm NOUN 2 nsubj
                2 hit hit VERB 0 root
                3 Atlanta Atlanta PROPN 2 obj LOCATION
                4 , , PUNCT 5 punct
                5 Georgia Georgia PROPN 3 appos LOCATION
                6 . . PUNCT 2 punct
                """);
        assertThat(at(us, "Georgia").place()).isEqualTo(GEORGIA_STATE);
        PlaceLinks geo = geocode("Protesters marched in Tbilisi, Georgia.", """
                1 Protesters protester NOUN 2 nsubj
                2 marched march VERB 0 root
                3 in in ADP 4 case
                4 Tbilisi Tbilisi PROPN 2 obl LOCATION
                5 , , PUNCT 6 punct
                6 Georgia Georgia PROPN 4 appos LOCATION
                7 . . PUNCT 2 punct
                """);
        assertThat(at(geo, "Georgia").place().isCountry()).isTrue();
        assertThat(at(geo, "Georgia").place().country()).isEqualTo(CountryCode.of("GEO"));
        assertThat(at(geo, "Georgia").by()).isEqualTo("country-name");
    }

    // "Salama, Kitui County": the Salama inside the named division, though a Nigerian Salama is bigger
    @Test
    void aTownIsTheOneInsideTheDivisionTheSentenceNames() {
        PlaceLinks l = geocode("Clashes erupted in Salama, Kitui County.", """
                1 Clashes clash NOUN 2 nsubj
                2 erupted erupt VERB 0 root
                3 in in ADP 4 case
                4 Salama Salama PROPN 2 obl LOCATION
                5 , , PUNCT 7 punct
                6 Kitui Kitui PROPN 7 compound LOCATION
                7 County County PROPN 4 appos LOCATION
                8 . . PUNCT 2 punct
                """);
        assertThat(at(l, "Salama").place()).isEqualTo(SALAMA_KE);
        assertThat(at(l, "Salama").by()).isEqualTo(PassChainGeocoder.QUALIFIER);
        assertThat(at(l, "Kitui County").place()).isEqualTo(KITUI);
        PlaceLinks alone = geocode("Clashes erupted in Salama.", """
                1 Clashes clash NOUN 2 nsubj
                2 erupted erupt VERB 0 root
                3 in in ADP 4 case
                4 Salama Salama PROPN 2 obl LOCATION
                5 . . PUNCT 2 punct
                """);
        assertThat(at(alone, "Salama").place()).as("without a division, the population prior").isEqualTo(SALAMA_NG);
    }

    // "Andar district, Ghazni": a small French namesake outside Afghanistan is dropped, not placed in France
    @Test
    void aSmallNamesakeOutsideTheNamedDivisionsCountryIsDropped() {
        PlaceLinks l = geocode("Militants were killed in Andar district, Ghazni.", """
                1 Militants militant NOUN 4 nsubj:pass
                2 were be AUX 4 aux
                3 killed kill VERB 0 root
                4 in in ADP 5 case
                5 Andar Andar PROPN 3 obl LOCATION
                6 district district NOUN 5 compound
                7 , , PUNCT 8 punct
                8 Ghazni Ghazni PROPN 5 appos LOCATION
                9 . . PUNCT 3 punct
                """.replace("1 Militants militant NOUN 4 nsubj:pass", "1 Militants militant NOUN 3 nsubj:pass").replace("2 were be AUX 4 aux", "2 were be AUX 3 aux").replace("4 in in ADP 5 case", "4 in in ADP 5 case"));
        assertThat(l.mentions()).noneMatch(m -> m.text().equals("Andar"));
        assertThat(l.counters()).containsEntry("places.dropped-outside-named", 1);
        assertThat(at(l, "Ghazni").place()).isEqualTo(GHAZNI);
    }

    // an abbreviation names a state only after "Town,"
    @Test
    void aStateAbbreviationCountsOnlyAfterATownAndAComma() {
        PlaceLinks l = geocode("Police in Atlanta, Ga. arrested Ga. Smith.", """
                1 Police police NOUN 6 nsubj
                2 in in ADP 3 case
                3 Atlanta Atlanta PROPN 1 nmod LOCATION
                4 , , PUNCT 5 punct
                5 Ga. Ga. PROPN 3 appos
                6 arrested arrest VERB 0 root
                7 Ga. Ga. PROPN 8 compound
                8 Smith Smith PROPN 6 obj PERSON
                9 . . PUNCT 6 punct
                """);
        assertThat(l.mentions()).filteredOn(m -> m.text().equals("Ga.")).singleElement().satisfies(m -> {
            assertThat(m.place()).isEqualTo(GEORGIA_STATE);
            assertThat(m.span().start()).isEqualTo(19);
        });
    }

    // a nationality word is a mention of its country, and never the event's place
    @Test
    void libyanIsAMentionOfLibyaButTheShellingHappenedInSirte() {
        Extraction x = new TestWorld().pipeline.analyse(Parses.parse("d", "2019-04", Lang.EN, "Libyan forces shelled Sirte.", """
                1 Libyan Libyan ADJ 2 amod
                2 forces force NOUN 3 nsubj
                3 shelled shell VERB 0 root
                4 Sirte Sirte PROPN 3 obj LOCATION
                5 . . PUNCT 3 punct
                """));
        PlaceMention libyan = x.places().mentions().stream().filter(m -> m.text().equals("Libyan")).findFirst().orElseThrow();
        assertThat(libyan.by()).isEqualTo(PassChainGeocoder.DEMONYM);
        assertThat(libyan.place().isCountry()).isTrue();
        assertThat(x.events()).isNotEmpty().allSatisfy(e -> assertThat(e.location().orElseThrow().mention().place()).isEqualTo(TestWorld.SIRTE));
    }

    // "à une centaine de kilomètres au sud de Tripoli": Tripoli is the reference, the event's place has precision 2
    @Test
    void aPlaceSouthOfTripoliKeepsTripoliAsReferenceWithPrecisionTwo() {
        Extraction x = new TestWorld().pipeline.analyse(Parses.parse("r", "2019-04-05", Lang.FR,
                "Les forces de l'ANL ont attaqué une position à une centaine de kilomètres au sud de Tripoli.", """
                1 Les le DET 2 det
                2 forces force NOUN 7 nsubj
                3 de de ADP 5 case
                4 l' le DET 5 det
                5 ANL ANL PROPN 2 nmod:de I-ORG
                6 ont avoir AUX 7 aux
                7 attaqué attaquer VERB 0 root
                8 une un DET 9 det
                9 position position NOUN 7 obj
                10 à à ADP 12 case
                11 une un DET 12 det
                12 centaine centaine NOUN 9 nmod:à
                13 de de ADP 14 case
                14 kilomètres kilomètre NOUN 12 nmod:de
                15 au au ADP 16 case
                16 sud sud NOUN 9 nmod:à
                17 de de ADP 18 case
                18 Tripoli Tripoli PROPN 16 nmod:de I-LOC
                19 . . PUNCT 7 punct
                """));
        var loc = x.events().stream().filter(e -> e.evidence().triggerText().equals("attaqué")).findFirst().orElseThrow().location().orElseThrow();
        assertThat(loc.mention().place()).isEqualTo(TestWorld.TRIPOLI_LY);
        assertThat(loc.precision()).isEqualTo(2);
        assertThat(loc.by()).isEqualTo("attached-relative");
    }

    // Syrte, Sirte and سرت are one town; a bare country name that is also a town's name is the country
    @Test
    void syrteIsSirteAndLebanonAloneIsTheCountryNotTheTown() {
        Extraction fr = new TestWorld().pipeline.analyse(Parses.parse("s", "2016-12", Lang.FR, "Les forces ont repris Syrte.", """
                1 Les le DET 2 det
                2 forces force NOUN 4 nsubj
                3 ont avoir AUX 4 aux
                4 repris reprendre VERB 0 root
                5 Syrte Syrte PROPN 4 obj I-LOC
                6 . . PUNCT 4 punct
                """));
        assertThat(fr.places().mentions()).singleElement().satisfies(m -> assertThat(m.place()).isEqualTo(TestWorld.SIRTE));

        InMemoryGazetteer g = new InMemoryGazetteer("lebanon-story");
        g.addCountry(TestWorld.country("LBN", "LB", TestWorld.BEIRUT, "Lebanon", "Liban", "لبنان"), List.of());
        Place town = place(5197517, "Lebanon", "USA", "PA", "PPL", 40.34, -76.41, 25_000);
        g.add(town, List.of("Lebanon"));
        PlaceLinks l = new PassChainGeocoder(g, Passes.standard()).geocode(Parses.parse("l", "2020-05", Lang.EN, "Protesters gathered in Lebanon.", """
                1 Protesters protester NOUN 2 nsubj
                2 gathered gather VERB 0 root
                3 in in ADP 4 case
                4 Lebanon Lebanon PROPN 2 obl LOCATION
                5 . . PUNCT 2 punct
                """), new ActorLinks(List.of(), Optional.empty(), Map.of()));
        assertThat(at(l, "Lebanon").place().isCountry()).isTrue();
        assertThat(at(l, "Lebanon").by()).isEqualTo("country-name");
    }
}
