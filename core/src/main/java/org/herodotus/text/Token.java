package org.herodotus.text;

import java.util.Locale;
import org.herodotus.model.Span;

/**
 * One word of a parsed sentence. {@code index} is 0-based in the sentence; {@code head} is the index of the
 * governing token or -1 for the root; {@code lemma} is the normalised form (CoreNLP's for English, Herodotus'
 * verb normaliser for French). Contracted words ("du" = de + le) are several tokens sharing one span.
 */
public record Token(int index, String word, Span span, String upos, String lemma, String ner, int head, String deprel) {
    public Token {
        if (index < 0) throw new IllegalArgumentException("token index " + index);
        if (word == null || span == null) throw new IllegalArgumentException("token needs word and span");
        if (head < -1 || head == index) throw new IllegalArgumentException("token " + index + " has head " + head);
        upos = upos == null ? "X" : upos;
        lemma = lemma == null || lemma.isEmpty() ? word.toLowerCase(Locale.ROOT) : lemma;
        ner = ner == null ? "O" : ner;
        deprel = deprel == null ? "dep" : deprel;
    }

    /** The relation without its subtype: "obl:agent" gives "obl". */
    public String rel() {
        int c = deprel.indexOf(':');
        return c < 0 ? deprel : deprel.substring(0, c);
    }

    public String lower() { return word.toLowerCase(Locale.ROOT); }

    public boolean isRoot() { return head < 0; }

    public boolean isVerb() { return upos.equals("VERB"); }

    public boolean isNoun() { return upos.equals("NOUN") || upos.equals("PROPN"); }

    /** Whether NER marks the token as a place (LOC, LOCATION, GPE, COUNTRY, CITY, STATE_OR_PROVINCE). */
    public boolean nerPlace() {
        String n = nerBare();
        return n.equals("LOC") || n.equals("LOCATION") || n.equals("GPE") || n.equals("COUNTRY") || n.equals("CITY")
                || n.equals("STATE_OR_PROVINCE");
    }

    public boolean nerPerson() { String n = nerBare(); return n.equals("PER") || n.equals("PERSON"); }

    public boolean nerOrganisation() { String n = nerBare(); return n.equals("ORG") || n.equals("ORGANIZATION"); }

    /** The NER class without an IOB prefix ("I-LOC" gives "LOC"). */
    public String nerBare() { return ner.length() > 2 && ner.charAt(1) == '-' ? ner.substring(2) : ner; }
}
