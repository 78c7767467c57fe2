package org.herodotus.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herodotus.actors.ActorLinks;
import org.herodotus.model.CountryCode;
import org.herodotus.model.Lang;
import org.herodotus.testing.Parses;
import org.herodotus.testing.TestWorld;
import org.junit.jupiter.api.Test;

/**
 * Story tests of what the article as a whole tells its toponyms (issue 6): the divisions its other names point to, a
 * name a sentence settled, a name qualified by its holder, continents, and the words that only look like places. Each
 * names the pass (the {@code by}) that decides, on a small hand-made gazetteer.
 */
class DocumentPassesStoriesTest {
    private static Place place(long id, String name, String a3, String admin1, String code, double lat, double lon, long pop) {
        return new Place(Optional.of(new GeoNameId(id)), name, CountryCode.of(a3), admin1, code.startsWith("ADM") ? "A" : "P", code, lat, lon, pop);
    }

    private static final Place WASHINGTON = place(4140963, "Washington", "USA", "DC", "PPLC", 38.895, -77.036, 689_545);
    private static final Place GAINESVILLE_FL = place(4156404, "Gainesville", "USA", "FL", "PPLA2", 29.652, -82.325, 133_997);
    private static final Place GAINESVILLE_GA = place(4196586, "Gainesville", "USA", "GA", "PPLA2", 34.298, -83.824, 42_296);
    private static final Place OCILLA = place(4214478, "Ocilla", "USA", "GA", "PPLA2", 31.594, -83.250, 3_414);
    private static final Place DUBLIN_IE = place(2964574, "Dublin", "IRL", "L", "PPLC", 53.333, -6.249, 1_024_027);
    private static final Place DUBLIN_OH = place(4512060, "Dublin", "USA", "OH", "PPL", 40.099, -83.114, 49_328);
    private static final Place OHIO = place(5165418, "Ohio", "USA", "OH", "ADM1", 40.250, -83.000, 8_000_000);
    private static final Place MINNEOTA = place(5037590, "Minneota", "USA", "MN", "PPL", 44.559, -95.986, 1_392);
    private static final Place MINNESOTA = place(5037779, "Minnesota", "USA", "MN", "ADM1", 46.250, -94.251, 4_000_000);
    private static final Place LONDON = place(2643743, "London", "GBR", "ENG", "PPLC", 51.509, -0.126, 8_961_989);
    private static final Place SURREY_CA = place(6159905, "Surrey", "CAN", "02", "PPL", 49.106, -122.825, 517_887);
    private static final Place OTTAWA = place(6094817, "Ottawa", "CAN", "08", "PPLC", 45.411, -75.698, 812_129);
    private static final Place MAHDIA = place(2473493, "Mahdia", "TUN", "15", "PPLA", 35.504, 11.062, 45_977);
    private static final Place TUNIS = place(2464470, "Tunis", "TUN", "38", "PPLC", 36.819, 10.166, 693_210);
    private static final Place HUNTSVILLE_AL = place(4068590, "Huntsville", "USA", "AL", "PPLA2", 34.730, -86.586, 190_582);
    private static final Place HUNTSVILLE_TX = place(4697008, "Huntsville", "USA", "TX", "PPLA2", 30.724, -95.551, 41_564);
    private static final Place MONTGOMERY_TX = new Place(Optional.empty(), "Montgomery County", CountryCode.of("USA"), "TX", "A", "ADM2", 30.30, -95.50, 600_000);
    private static final Place MONTGOMERY_AL = new Place(Optional.empty(), "Montgomery County", CountryCode.of("USA"), "AL", "A", "ADM2", 32.22, -86.21, 230_000);
    private static final Place MOORE = place(4542975, "Moore", "USA", "OK", "PPL", 35.339, -97.487, 62_055);
    private static final Place SOUTH_CAROLINA = place(4597040, "South Carolina", "USA", "SC", "ADM1", 34.0, -81.0, 4_600_000);
    private static final Place DALI_CN = place(1814093, "Dali", "CHN", "29", "PPLA2", 25.581, 100.215, 652_045);
    private static final Place SANAA = place(71137, "Sanaa", "YEM", "26", "PPLC", 15.355, 44.207, 1_937_451);
    private static final Place DAMASCUS = place(170654, "Damascus", "SYR", "13", "PPLC", 33.510, 36.291, 1_569_394);
    private static final Place HASAKAH = place(173811, "Al-Hasakah", "SYR", "01", "ADM1", 36.500, 40.750, 1_500_000);
    private static final Place AFRICA = new Place(Optional.empty(), "Africa", Place.NO_COUNTRY, "", "L", "CONT", 7.1881, 21.0938, 0);

    private static final InMemoryGazetteer G = new InMemoryGazetteer("story-gazetteer");

    static {
        G.addCountry(TestWorld.country("USA", "US", WASHINGTON, "United States", "États-Unis", "الولايات المتحدة"), List.of("US"));
        G.addCountry(TestWorld.country("IRL", "IE", DUBLIN_IE, "Ireland", "Irlande", "أيرلندا"), List.of());
        G.addCountry(TestWorld.country("GBR", "GB", LONDON, "United Kingdom", "Royaume-Uni", "المملكة المتحدة"), List.of("UK"));
        G.addCountry(TestWorld.country("CAN", "CA", OTTAWA, "Canada", "Canada", "كندا"), List.of());
        G.addCountry(TestWorld.country("TUN", "TN", TUNIS, "Tunisia", "Tunisie", "تونس"), List.of());
        G.addCountry(TestWorld.country("CHN", "CN", DALI_CN, "China", "Chine", "الصين"), List.of());
        G.addCountry(TestWorld.country("YEM", "YE", SANAA, "Yemen", "Yémen", "اليمن"), List.of());
        G.addCountry(TestWorld.country("SYR", "SY", DAMASCUS, "Syria", "Syrie", "سوريا"), List.of());
        G.add(HUNTSVILLE_AL, List.of("Huntsville"));
        G.add(HUNTSVILLE_TX, List.of("Huntsville"));
        G.add(MONTGOMERY_TX, List.of("Montgomery County"));
        G.add(MONTGOMERY_AL, List.of("Montgomery County"));
        G.add(MOORE, List.of("Moore"));
        G.add(SOUTH_CAROLINA, List.of("South Carolina", "S.C."));
        G.add(DALI_CN, List.of("Dali"));
        G.add(SANAA, List.of("Sanaa"));
        G.add(DAMASCUS, List.of("Damascus"));
        G.add(HASAKAH, List.of("Al-Hasakah", "Hasakah"));
        G.add(WASHINGTON, List.of("Washington"));
        G.add(GAINESVILLE_FL, List.of("Gainesville"));
        G.add(GAINESVILLE_GA, List.of("Gainesville"));
        G.add(OCILLA, List.of("Ocilla"));
        G.add(DUBLIN_IE, List.of("Dublin"));
        G.add(DUBLIN_OH, List.of("Dublin"));
        G.add(OHIO, List.of("Ohio"));
        G.add(MINNEOTA, List.of("Minneota", "Minnesota"));
        G.add(MINNESOTA, List.of("Minnesota"));
        G.add(LONDON, List.of("London"));
        G.add(SURREY_CA, List.of("Surrey"));
        G.add(OTTAWA, List.of("Ottawa"));
        G.add(MAHDIA, List.of("Mahdia", "Africa"));
        G.add(TUNIS, List.of("Tunis"));
        G.add(AFRICA, List.of("Africa", "Afrique"));
    }

    private static final PassChainGeocoder GEOCODER = new PassChainGeocoder(G, Passes.standard());

    private static PlaceLinks geocode(String text, String conll) { return geocode(text, conll, Optional.empty()); }

    private static PlaceLinks geocode(String text, String conll, Optional<CountryCode> actorsFocus) {
        return GEOCODER.geocode(Parses.parse("d", "2011-03", Lang.EN, text, conll), new ActorLinks(List.of(), actorsFocus, Map.of()));
    }

    private static List<PlaceMention> all(PlaceLinks l, String text) {
        return l.mentions().stream().filter(m -> m.text().equals(text)).toList();
    }

    private static PlaceMention at(PlaceLinks l, String text) {
        return all(l, text).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no toponym '" + text + "' in " + l.mentions().stream().map(PlaceMention::text).toList()));
    }

    // a local paper: Ocilla lies only in Georgia, so the article's Gainesville is the Georgia town, not the larger Florida one
    @Test
    void aTownIsInTheDivisionTheArticlesOtherNamesPointTo() {
        String text = "A plant opened in Ocilla. Workers came from Gainesville.";
        String conll = """
                1 A a DET 2 det
                2 plant plant NOUN 3 nsubj
                3 opened open VERB 0 root
                4 in in ADP 5 case
                5 Ocilla Ocilla PROPN 3 obl LOCATION
                6 . . PUNCT 3 punct

                1 Workers worker NOUN 2 nsubj
                2 came come VERB 0 root
                3 from from ADP 4 case
                4 Gainesville Gainesville PROPN 2 obl LOCATION
                5 . . PUNCT 2 punct
                """;
        PlaceLinks l = geocode(text, conll);
        assertThat(at(l, "Gainesville").place()).isEqualTo(GAINESVILLE_GA);
        assertThat(at(l, "Gainesville").by()).isEqualTo("article-region");
        PlaceLinks alone = geocode("Workers came from Gainesville.", """
                1 Workers worker NOUN 2 nsubj
                2 came come VERB 0 root
                3 from from ADP 4 case
                4 Gainesville Gainesville PROPN 2 obl LOCATION
                5 . . PUNCT 2 punct
                """);
        assertThat(at(alone, "Gainesville").place()).as("without other names, the population prior").isEqualTo(GAINESVILLE_FL);
    }

    // "Dublin, Ohio" in one sentence makes the next sentence's bare "Dublin" the Ohio town too, not Ireland's capital
    @Test
    void aNameASentenceSettledHoldsForTheWholeArticle() {
        PlaceLinks l = geocode("The council met in Dublin, Ohio. Dublin will vote.", """
                1 The the DET 2 det
                2 council council NOUN 3 nsubj
                3 met meet VERB 0 root
                4 in in ADP 5 case
                5 Dublin Dublin PROPN 3 obl LOCATION
                6 , , PUNCT 7 punct
                7 Ohio Ohio PROPN 5 appos LOCATION
                8 . . PUNCT 3 punct

                1 Dublin Dublin PROPN 3 nsubj LOCATION
                2 will will AUX 3 aux
                3 vote vote VERB 0 root
                4 . . PUNCT 3 punct
                """);
        List<PlaceMention> dublins = all(l, "Dublin");
        assertThat(dublins).hasSize(2).allSatisfy(m -> assertThat(m.place()).isEqualTo(DUBLIN_OH));
        assertThat(dublins.get(1).by()).isEqualTo("settled-name");
    }

    // a village that lists "Minnesota" among its alternate names neither shadows the state nor is named by it
    @Test
    void aStateIsNotAVillageThatBorrowsItsName() {
        PlaceLinks l = geocode("The Minnesota legislature met.", """
                1 The the DET 3 det
                2 Minnesota Minnesota PROPN 3 compound LOCATION
                3 legislature legislature NOUN 4 nsubj
                4 met meet VERB 0 root
                5 . . PUNCT 4 punct
                """);
        assertThat(at(l, "Minnesota").place()).isEqualTo(MINNESOTA);
    }

    // "Surrey, UK": the gazetteer knows only a Canadian Surrey, so the place is known as far as the UK, never as Canada
    @Test
    void aNameQualifiedByACountryStaysInItEvenWhenTheGazetteerLacksIt() {
        PlaceLinks l = geocode("Cattle fell ill in Surrey, UK.", """
                1 Cattle cattle NOUN 2 nsubj
                2 fell fall VERB 0 root
                3 ill ill ADJ 2 xcomp
                4 in in ADP 5 case
                5 Surrey Surrey PROPN 2 obl LOCATION
                6 , , PUNCT 7 punct
                7 UK UK PROPN 5 appos LOCATION
                8 . . PUNCT 2 punct
                """);
        assertThat(at(l, "Surrey").place().country()).isEqualTo(CountryCode.of("GBR"));
        assertThat(at(l, "Surrey").by()).isEqualTo("qualifier");
    }

    // "Africa" is the continent (no country), not the Tunisian town that once bore the name, even in a Tunisian story
    @Test
    void aContinentsNameIsTheContinent() {
        PlaceLinks l = geocode("Officials in Tunis warned Africa.", """
                1 Officials official NOUN 4 nsubj
                2 in in ADP 3 case
                3 Tunis Tunis PROPN 1 nmod LOCATION
                4 warned warn VERB 0 root
                5 Africa Africa PROPN 4 obj LOCATION
                6 . . PUNCT 4 punct
                """);
        assertThat(at(l, "Africa").place()).isEqualTo(AFRICA);
        assertThat(at(l, "Africa").place().isMultinational()).isTrue();
    }

    // "the US dollar" names a currency: no toponym, so no vote for the United States either
    @Test
    void aCountryBeforeACurrencyIsNoPlace() {
        PlaceLinks l = geocode("Protesters decried the US dollar rate.", """
                1 Protesters protester NOUN 2 nsubj
                2 decried decry VERB 0 root
                3 the the DET 6 det
                4 US US PROPN 5 compound LOCATION
                5 dollar dollar NOUN 6 compound
                6 rate rate NOUN 2 obj
                7 . . PUNCT 2 punct
                """);
        assertThat(l.mentions()).isEmpty();
    }

    // in a Yemeni story, "Ad Dali" is the Yemeni governorate the gazetteer spells otherwise, never China's city of Dali
    @Test
    void aNameAfterAnArabicArticleStaysInTheArticlesCountry() {
        PlaceLinks l = geocode("Shells fell on Ad Dali.", """
                1 Shells shell NOUN 2 nsubj
                2 fell fall VERB 0 root
                3 on on ADP 5 case
                4 Ad Ad PROPN 5 compound
                5 Dali Dali PROPN 2 obl LOCATION
                6 . . PUNCT 2 punct
                """, Optional.of(CountryCode.of("YEM")));
        assertThat(l.mentions()).noneMatch(m -> m.place().equals(DALI_CN));
    }

    // ACLED writes "al-Hasakeh" (lower-case article, -eh) for the governorate the gazetteer calls Al-Hasakah
    @Test
    void anArabicNameIsReadWithItsLowerCaseArticleAndAnotherSpellingOfItsEnding() {
        PlaceLinks l = geocode("Shelling hit villages in al-Hasakeh.", """
                1 Shelling shelling NOUN 2 nsubj
                2 hit hit VERB 0 root
                3 villages village NOUN 2 obj
                4 in in ADP 5 case
                5 al-Hasakeh al-Hasakeh PROPN 3 nmod O
                6 . . PUNCT 2 punct
                """, Optional.of(CountryCode.of("SYR")));
        assertThat(at(l, "al-Hasakeh").place()).isEqualTo(HASAKAH);
    }

    // Texas and Alabama both have a Huntsville and a Montgomery County: only Texas has them within 100 km of each other
    @Test
    void coMentionedPlacesLieCloseTogether() {
        PlaceLinks l = geocode("Inmates left Huntsville for Montgomery County.", """
                1 Inmates inmate NOUN 2 nsubj
                2 left leave VERB 0 root
                3 Huntsville Huntsville PROPN 2 obj LOCATION
                4 for for ADP 6 case
                5 Montgomery Montgomery PROPN 6 compound LOCATION
                6 County County PROPN 2 obl LOCATION
                7 . . PUNCT 2 punct
                """);
        assertThat(at(l, "Huntsville").place()).isEqualTo(HUNTSVILLE_TX);
        assertThat(at(l, "Huntsville").by()).isEqualTo("near-named");
        assertThat(at(l, "Montgomery County").place()).isEqualTo(MONTGOMERY_TX);
    }

    // a word of a person's name the tagger reads whole is no place, however large the town that bears it
    @Test
    void aWordOfAPersonsNameIsNoPlace() {
        PlaceLinks person = geocode("George Moore spoke.", """
                1 George George PROPN 2 compound PERSON
                2 Moore Moore PROPN 3 nsubj PERSON
                3 spoke speak VERB 0 root
                4 . . PUNCT 3 punct
                """);
        assertThat(person.mentions()).isEmpty();
        PlaceLinks town = geocode("A tornado hit Moore.", """
                1 A a DET 2 det
                2 tornado tornado NOUN 3 nsubj
                3 hit hit VERB 0 root
                4 Moore Moore PROPN 3 obj LOCATION
                5 . . PUNCT 3 punct
                """);
        assertThat(at(town, "Moore").place()).isEqualTo(MOORE);
    }

    // initials abbreviate nothing but the state: "the S.C. Highway Patrol" names South Carolina without "Town," before it
    @Test
    void aStatesInitialsAreReadAnywhere() {
        PlaceLinks l = geocode("The S.C. Highway Patrol reported a crash.", """
                1 The the DET 4 det
                2 S.C. S.C. PROPN 4 compound ORGANIZATION
                3 Highway Highway PROPN 4 compound ORGANIZATION
                4 Patrol Patrol PROPN 5 nsubj ORGANIZATION
                5 reported report VERB 0 root
                6 a a DET 7 det
                7 crash crash NOUN 5 obj
                8 . . PUNCT 5 punct
                """);
        assertThat(at(l, "S.C.").place()).isEqualTo(SOUTH_CAROLINA);
    }
}
