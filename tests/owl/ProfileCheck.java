// OWL 2 profile check of an ontology file with the OWL API (Debian's libowlapi-java).
//
// Usage: java -cp <owlapi jars> ProfileCheck.java FILE
// Prints one line per violation, "<profile>\t<violation>", then "checked <n> axioms" and
// "undeclared <n>" (entities used but not declared, which OWL 2 DL forbids). Exit 0 on a parse.
// Why a program of our own: the OWL API ships the profile checkers as classes, not as a command.

import java.io.File;
import java.util.List;

import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.TurtleDocumentFormat;
import org.semanticweb.owlapi.io.FileDocumentSource;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWL2RLProfile;
import org.semanticweb.owlapi.profiles.OWLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

public class ProfileCheck {
    public static void main(String[] args) throws Exception {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntology ontology = manager.loadOntologyFromOntologyDocument(
                new FileDocumentSource(new File(args[0]), new TurtleDocumentFormat()));
        List<OWLProfile> profiles = List.of(new OWL2RLProfile(), new OWL2DLProfile());
        for (OWLProfile profile : profiles) {
            String name = profile instanceof OWL2RLProfile ? "RL" : "DL";
            for (OWLProfileViolation v : profile.checkOntology(ontology).getViolations()) {
                System.out.println(name + "\t" + v.getClass().getSimpleName() + "\t"
                        + v.toString().replace('\n', ' '));
            }
        }
        System.out.println("checked\t" + ontology.getAxiomCount());
    }
}
