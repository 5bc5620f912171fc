//! A byte buffer that moves to an anonymous temporary file once it grows
//! past a threshold: one document's encoded rows, from the worker that
//! encodes them to the writer thread that writes them in input order.
//!
//! Why: a document's rows can be several times bigger than the document
//! (a run of bare quotation marks gives one row per mark, each repeating
//! the document id), and they wait in memory until every earlier document
//! is written. Kept whole, they were the largest thing in memory for such
//! a document; set aside on disk, memory per document stays bounded by the
//! analysis itself. The bytes written out are the same either way.
//!
//! Usual documents never reach the threshold and keep the plain path: one
//! `Vec`, no file, no extra copy. A temporary file that cannot be created
//! or written is not an error: the bytes simply stay in memory, as they
//! did before there was a file, so no row is ever lost to a full disk or
//! a missing `/tmp`.
//!
//! The file is made by [`tempfile::tempfile`]: in `$TMPDIR` (else `/tmp`),
//! already unlinked, so it disappears with its handle, even when the
//! program is killed. Where `/tmp` is a tmpfs the bytes are still in RAM,
//! but as swappable page cache outside the process, not in its heap.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};

/// In-memory bytes past which a document's rows move to a temporary file.
///
/// 4 MiB: a news article's rows are a few kilobytes, so virtually every
/// document stays in memory and never touches the disk; a document whose
/// rows do spill is written in 4 MiB appends, few enough that the file
/// costs nothing next to extracting them. With the `Vec` doubling, a
/// worker holds at most about twice this (8 MiB) per spilling document,
/// against hundreds of megabytes of rows for a 64 MB document of
/// quotation marks. (It was 8 MiB; a 16 MB document of quotation marks
/// then held up to 16 MiB of rows beside its window's analysis.)
pub const SPILL_AT: usize = 4 << 20;

/// Bytes appended row by row (through [`SpillBuf::buf`], then
/// [`SpillBuf::row_done`]) and written out once ([`SpillBuf::write_to`]):
/// the spilled part first, then the in-memory rest, so the output is the
/// bytes in the order they were appended.
#[derive(Debug)]
pub struct SpillBuf {
    /// Bytes not yet spilled (all of them, for a small document).
    mem: Vec<u8>,
    /// The temporary file with the first `spilled` bytes, once there is one.
    file: Option<File>,
    /// How many bytes at the start of `file` are known to be written. A
    /// failed append may leave part of a chunk after them; that part is
    /// ignored, the chunk stays in `mem`.
    spilled: u64,
    threshold: usize,
    /// The file could not be created or written: everything else stays in
    /// memory.
    memory_only: bool,
}

impl SpillBuf {
    /// An empty buffer that spills once more than `threshold` bytes are in
    /// memory after a row ([`SPILL_AT`] in the program; tests use tiny
    /// thresholds). Allocates nothing until the first byte.
    pub fn new(threshold: usize) -> SpillBuf {
        SpillBuf {
            mem: Vec::new(),
            file: None,
            spilled: 0,
            threshold,
            memory_only: false,
        }
    }

    /// Room for about `bytes` of rows (never more than the threshold), made
    /// once, before the first row: grown row by row from empty, the buffer
    /// of a news article's rows was reallocated and copied half a dozen
    /// times. [`SpillBuf::finish`] gives back what was not used.
    pub fn reserve_rows(&mut self, bytes: usize) {
        if self.mem.capacity() == 0 {
            self.mem.reserve_exact(bytes.min(self.threshold));
        }
    }

    /// After the last row: give back the unused room, as the rows wait in
    /// memory until every earlier document is written.
    pub fn finish(&mut self) {
        self.mem.shrink_to_fit();
    }

    /// The in-memory part, to append a row to. Call [`SpillBuf::row_done`]
    /// after each row.
    pub fn buf(&mut self) -> &mut Vec<u8> {
        &mut self.mem
    }

    /// After a row: past the threshold, append the in-memory part to the
    /// temporary file (creating it the first time) and start memory afresh.
    /// Rows are never split, so a spilled file always ends at a row's end.
    pub fn row_done(&mut self) {
        if self.mem.len() <= self.threshold || self.memory_only {
            return;
        }
        if self.spill().is_err() {
            // Keep the bytes in memory instead: slower to hold, never lost.
            self.memory_only = true;
            return;
        }
        self.mem.clear();
        // One huge row can leave a huge allocation behind; later rows need
        // no more than the threshold and a row.
        if self.mem.capacity() > 2 * self.threshold {
            self.mem.shrink_to(self.threshold);
        }
    }

    /// Append `mem` to the file; on success `spilled` counts it.
    fn spill(&mut self) -> io::Result<()> {
        let file = match &mut self.file {
            Some(f) => f,
            None => self.file.insert(tempfile::tempfile()?),
        };
        file.write_all(&self.mem)?;
        self.spilled += self.mem.len() as u64;
        Ok(())
    }

    /// Write every byte appended, in order, to `out`: the spilled part
    /// copied from the file, then the in-memory rest. An error reading the
    /// file back says so (a write error is `out`'s own, e.g. EPIPE).
    pub fn write_to<W: Write + ?Sized>(&mut self, out: &mut W) -> io::Result<()> {
        if let Some(file) = self.file.as_mut().filter(|_| self.spilled > 0) {
            let read_back = |e: io::Error| {
                io::Error::new(
                    e.kind(),
                    format!("cannot read back rows set aside in a temporary file: {e}"),
                )
            };
            file.seek(SeekFrom::Start(0)).map_err(read_back)?;
            let mut spilled = ReadBack {
                inner: file.take(self.spilled),
                wrap: read_back,
            };
            let copied = io::copy(&mut spilled, out)?;
            if copied != self.spilled {
                return Err(read_back(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    format!("{copied} of {} bytes", self.spilled),
                )));
            }
        }
        out.write_all(&self.mem)
    }
}

/// A reader whose errors say what was being read, so that
/// [`SpillBuf::write_to`] tells a failed read of the temporary file from
/// a failed write to the output ([`io::copy`] returns either).
struct ReadBack<R, F> {
    inner: R,
    wrap: F,
}

impl<R: Read, F: Fn(io::Error) -> io::Error> Read for ReadBack<R, F> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.inner.read(buf).map_err(&self.wrap)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Append `rows` one by one, as the program does.
    fn filled(threshold: usize, rows: &[&[u8]]) -> SpillBuf {
        let mut b = SpillBuf::new(threshold);
        for row in rows {
            b.buf().extend_from_slice(row);
            b.row_done();
        }
        b
    }

    fn written(b: &mut SpillBuf) -> Vec<u8> {
        let mut out = Vec::new();
        b.write_to(&mut out).expect("write to a Vec");
        out
    }

    fn rows(n: usize) -> Vec<Vec<u8>> {
        (0..n)
            .map(|i| format!("doc,{i},direct,row number {i}\n").into_bytes())
            .collect()
    }

    #[test]
    fn reserved_room_is_bounded_and_given_back() {
        let mut b = SpillBuf::new(100);
        b.reserve_rows(1 << 30);
        assert!(b.buf().capacity() >= 100 && b.buf().capacity() < 1 << 20);
        for row in rows(3) {
            b.buf().extend_from_slice(&row);
            b.row_done();
        }
        b.finish();
        assert_eq!(b.buf().capacity(), b.buf().len());
        assert_eq!(written(&mut b), rows(3).concat());
    }

    #[test]
    fn below_the_threshold_stays_in_memory() {
        // (threshold, rows): never more than the threshold after a row.
        let cases: &[(usize, &[&[u8]])] = &[
            (0, &[]),
            (10, &[]),
            (10, &[b"0123456789"]),
            (10, &[b"01234", b"56789"]),
            (SPILL_AT, &[b"a,1\n", b"a,2\n"]),
        ];
        for &(threshold, rows) in cases {
            let mut b = filled(threshold, rows);
            assert!(b.file.is_none(), "no file made: {threshold} {rows:?}");
            assert_eq!(b.spilled, 0);
            assert_eq!(written(&mut b), rows.concat(), "{threshold} {rows:?}");
        }
    }

    #[test]
    fn above_the_threshold_spills_and_reads_back_the_same_bytes() {
        let rows = rows(500);
        let rows: Vec<&[u8]> = rows.iter().map(|r| r.as_slice()).collect();
        let all = rows.concat();
        for threshold in [0, 1, 10, 25, 64, 1000, 4096, all.len() - 1] {
            let mut b = filled(threshold, &rows);
            assert!(b.spilled > 0, "{threshold}");
            assert!(b.mem.len() <= threshold, "{threshold}");
            assert_eq!(written(&mut b), all, "threshold {threshold}");
            // Written twice, the same again: the file is read from its start.
            assert_eq!(written(&mut b), all, "threshold {threshold}, again");
        }
    }

    #[test]
    fn a_huge_row_spills_and_leaves_no_huge_allocation() {
        let huge = vec![b'x'; 1 << 20];
        let mut b = filled(100, &[b"first\n", &huge, b"last\n"]);
        assert!(b.spilled > 0);
        assert!(b.mem.capacity() <= 200, "{}", b.mem.capacity());
        assert_eq!(
            written(&mut b),
            [&b"first\n"[..], &huge, b"last\n"].concat()
        );
    }

    #[test]
    fn without_a_usable_file_the_bytes_stay_in_memory() {
        let rows = rows(50);
        let rows: Vec<&[u8]> = rows.iter().map(|r| r.as_slice()).collect();
        let mut b = SpillBuf::new(10);
        // A file that cannot be written to: a read-only handle.
        let ro = tempfile::NamedTempFile::new().expect("temp file");
        b.file = Some(File::open(ro.path()).expect("open read-only"));
        for row in &rows {
            b.buf().extend_from_slice(row);
            b.row_done();
        }
        assert!(b.memory_only);
        assert_eq!(b.spilled, 0);
        assert_eq!(written(&mut b), rows.concat());
    }

    #[test]
    #[cfg(target_os = "linux")] // a read-only handle on the same file
    fn a_failed_append_after_a_good_one_keeps_every_byte() {
        let rows = rows(50);
        let rows: Vec<&[u8]> = rows.iter().map(|r| r.as_slice()).collect();
        let mut b = SpillBuf::new(10);
        for row in &rows[..20] {
            b.buf().extend_from_slice(row);
            b.row_done();
        }
        assert!(b.spilled > 0);
        // Later appends fail: the file becomes a read-only handle on the
        // same bytes.
        let path = format!("/proc/self/fd/{}", {
            use std::os::fd::AsRawFd;
            b.file.as_ref().expect("a file").as_raw_fd()
        });
        b.file = Some(File::open(&path).expect("reopen read-only"));
        for row in &rows[20..] {
            b.buf().extend_from_slice(row);
            b.row_done();
        }
        assert!(b.memory_only);
        assert_eq!(written(&mut b), rows.concat());
    }
}
