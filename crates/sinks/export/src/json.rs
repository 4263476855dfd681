//! `dossier.json`: the contract in `shared/spec/dossier-json.md`.
//!
//! Determinism comes from the model: every collection is a `Vec` in a
//! defined order or a `BTreeMap`, never a hash map, so serialising the same
//! dossier always gives the same bytes.

use dossier_model::{Dossier, DossierSink};

/// The dossier as pretty-printed JSON, ending in a newline.
pub fn to_string(dossier: &Dossier) -> String {
    let mut buf = Vec::new();
    to_writer(dossier, &mut buf).expect("writing to memory cannot fail");
    String::from_utf8(buf).expect("serde_json writes UTF-8")
}

/// Streams the dossier as pretty-printed JSON, ending in a newline, to
/// `out`. Large corpora give dossiers of hundreds of megabytes: streaming
/// keeps a second copy of all that text out of memory.
///
/// # Errors
/// When `out` fails.
pub fn to_writer<W: std::io::Write>(dossier: &Dossier, mut out: W) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut out, dossier).map_err(std::io::Error::other)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// Writes `dossier.json` one section at a time, as a [`DossierSink`]: each
/// section goes out as soon as the pipeline hands it over and is dropped,
/// so a large run never holds every section at once. The bytes are those
/// [`to_writer`] gives for the whole dossier.
///
/// Writing stops at the first I/O error, which [`JsonStream::finish`]
/// returns: the sink's methods cannot fail, because the pipeline must not
/// care where its sections go.
///
/// ```
/// use dossier_export::json::{JsonStream, to_string};
/// use dossier_model::{Dossier, DossierSink};
/// let d = Dossier::new("dossier 0.0.0");
/// let mut stream = JsonStream::start(Vec::new(), &d.generator);
/// d.clone().send_to(&mut stream);
/// assert_eq!(String::from_utf8(stream.finish().unwrap()).unwrap(), to_string(&d));
/// ```
pub struct JsonStream<W: std::io::Write> {
    out: W,
    error: Option<std::io::Error>,
}

impl<W: std::io::Write> JsonStream<W> {
    /// Writes the head of the dossier (format and generator) to `out`.
    pub fn start(out: W, generator: &str) -> JsonStream<W> {
        let mut s = JsonStream { out, error: None };
        let head = format!(
            "{{\n  \"format\": {},\n  \"generator\": {}",
            dossier_model::FORMAT,
            serde_json::to_string(generator).expect("a string serialises")
        );
        s.attempt(|out| out.write_all(head.as_bytes()));
        s
    }

    /// Writes one field of the top-level object: `,\n  "key": value`,
    /// the value pretty-printed one level in, as serde_json prints it
    /// inside the whole dossier.
    pub fn field<T: serde::Serialize + ?Sized>(&mut self, key: &str, value: &T) {
        self.attempt(|out| {
            write!(out, ",\n  \"{key}\": ")?;
            let mut nested = Nested(out);
            serde_json::to_writer_pretty(&mut nested, value).map_err(std::io::Error::other)
        });
    }

    fn attempt(&mut self, write: impl FnOnce(&mut W) -> std::io::Result<()>) {
        if self.error.is_none()
            && let Err(e) = write(&mut self.out)
        {
            self.error = Some(e);
        }
    }

    /// Closes the object, flushes, and gives back the writer; or the first
    /// error met on the way.
    ///
    /// # Errors
    /// The first write that failed.
    pub fn finish(mut self) -> std::io::Result<W> {
        self.attempt(|out| {
            out.write_all(b"\n}\n")?;
            out.flush()
        });
        match self.error {
            Some(e) => Err(e),
            None => Ok(self.out),
        }
    }
}

/// Indents everything written through it by one level (two spaces after
/// each newline). Safe on JSON: strings never hold a raw newline.
struct Nested<'a, W: std::io::Write>(&'a mut W);

impl<W: std::io::Write> std::io::Write for Nested<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut rest = buf;
        while let Some(i) = rest.iter().position(|&b| b == b'\n') {
            self.0.write_all(&rest[..=i])?;
            self.0.write_all(b"  ")?;
            rest = &rest[i + 1..];
        }
        self.0.write_all(rest)?;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

impl<W: std::io::Write> DossierSink for JsonStream<W> {
    fn documents(&mut self, documents: &[dossier_model::Document]) {
        self.field("documents", documents);
    }
    fn passages(&mut self, passages: Vec<dossier_model::Passage>) {
        self.field("passages", &passages);
    }
    fn novelty(&mut self, novelty: Vec<dossier_model::Novelty>) {
        self.field("novelty", &novelty);
    }
    fn timexes(&mut self, timexes: Vec<dossier_model::Timex>) {
        self.field("timexes", &timexes);
    }
    fn events(&mut self, events: Vec<dossier_model::Event>) {
        self.field("events", &events);
    }
    fn entities(&mut self, entities: Vec<dossier_model::Entity>) {
        self.field("entities", &entities);
    }
    fn claims(&mut self, claims: Vec<dossier_model::Claim>, conflicts: Vec<dossier_model::Conflict>) {
        self.field("claims", &claims);
        self.field("conflicts", &conflicts);
    }
    fn statements(&mut self, statements: Vec<dossier_model::Statement>) {
        self.field("statements", &statements);
    }
    fn skipped(&mut self, skipped: Vec<dossier_model::Skipped>) {
        self.field("skipped", &skipped);
    }
}
