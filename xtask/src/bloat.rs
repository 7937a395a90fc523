//! Where a wasm module's code comes from, by crate: each function's body size in the code
//! section, credited to a crate by its name in the module's `name` section (wasm-pack's output
//! before `wasm-opt`, which keeps the names: `rustc`'s demangled paths, `yew[hash]::…`).
//!
//! A function is credited to the first crate its name mentions other than the standard
//! library's (`core`, `alloc`, `std`), so that generic code goes to the crate that made it:
//! `core::ptr::drop_in_place::<yew::…>` to yew, `<alloc::…BTreeMap<String, avenir_core::…>>` to
//! avenir_core; a name with no other crate goes to "core, alloc, std". `wasm-opt` then shrinks
//! the code further (and brotli the file): the shares are a map of where to look (issue 18),
//! not bytes of the first load.

use std::collections::BTreeMap;

use crate::util::Result;

/// The standard library's crates, credited only when a name mentions no other.
const STD: [&str; 3] = ["core", "alloc", "std"];
const STD_LABEL: &str = "core, alloc, std";
/// Names without a crate: wasm-bindgen's glue (`__wbindgen_malloc`…), or every name if the
/// compiler wrote them another way than `crate[hash]::`.
const UNNAMED: &str = "(wasm-bindgen's glue and others)";

/// Code bytes by crate, largest first; functions without a name under "(no name)".
pub fn code_by_crate(wasm: &[u8]) -> Result<Vec<(String, usize)>> {
    let module = Module::read(wasm)?;
    let mut by: BTreeMap<String, usize> = BTreeMap::new();
    for (i, size) in module.bodies.iter().enumerate() {
        let name = module.names.get(&(module.imported + i as u32)).map(String::as_str);
        *by.entry(name.map_or("(no name)".to_string(), crate_of)).or_default() += size;
    }
    let mut out: Vec<(String, usize)> = by.into_iter().collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(out)
}

/// The crate a function's name is credited to (see the module's documentation).
fn crate_of(name: &str) -> String {
    // Every crate in a demangled path is written `name[hash]::` (hexadecimal hash).
    let crates = name.match_indices('[').filter_map(|(at, _)| {
        let rest = &name[at + 1..];
        let close = rest.find(']')?;
        let hashed =
            close > 0 && rest[..close].bytes().all(|b| b.is_ascii_hexdigit()) && rest[close..].starts_with("]::");
        // (On bytes: a character before the crate's name may be any UTF-8.)
        let start =
            name.as_bytes()[..at].iter().rposition(|b| !(b.is_ascii_alphanumeric() || *b == b'_')).map_or(0, |i| i + 1);
        (hashed && start < at).then(|| &name[start..at])
    });
    let mut first_std = None;
    for krate in crates {
        if !STD.contains(&krate) {
            return krate.to_string();
        }
        first_std.get_or_insert(krate);
    }
    match first_std {
        Some(_) => STD_LABEL.to_string(),
        // Glue wasm-bindgen writes, named without a path (`__wbindgen_malloc`…).
        None => UNNAMED.to_string(),
    }
}

/// Rows for the build's output: crate, bytes, share; the rest after `top` rows together.
pub fn table(rows: &[(String, usize)], top: usize) -> String {
    let total: usize = rows.iter().map(|(_, n)| n).sum::<usize>().max(1);
    let mut shown: Vec<(String, usize)> = rows.iter().take(top).cloned().collect();
    let rest: usize = rows.iter().skip(top).map(|(_, n)| n).sum();
    if rest > 0 {
        shown.push((format!("{} other crates", rows.len() - top), rest));
    }
    let mut out = format!("{:<40}{:>12}{:>8}\n", "crate", "code bytes", "share");
    for (krate, n) in shown {
        out += &format!("{krate:<40}{n:>12}{:>7.1}%\n", 100.0 * n as f64 / total as f64);
    }
    out += &format!("{:<40}{total:>12}\n", "total");
    let unnamed = rows.iter().find(|(k, _)| k == UNNAMED).map_or(0, |(_, n)| *n);
    if unnamed * 2 > total {
        out += "(most names name no crate: the compiler's names may no longer read `crate[hash]::`)\n";
    }
    out
}

/// What is read of a module: the number of imported functions (they come first in the index
/// space), each defined function's body size, and the function names.
struct Module {
    imported: u32,
    bodies: Vec<usize>,
    names: BTreeMap<u32, String>,
}

impl Module {
    fn read(bytes: &[u8]) -> Result<Module> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(8)? != b"\0asm\x01\0\0\0" {
            return Err("not a wasm module (version 1)".into());
        }
        let mut module = Module { imported: 0, bodies: Vec::new(), names: BTreeMap::new() };
        while r.at < bytes.len() {
            let id = r.byte()?;
            let size = r.u32()? as usize;
            let mut s = Reader { bytes: r.take(size)?, at: 0 };
            match id {
                2 => module.imported = imported_functions(&mut s)?,
                10 => {
                    for _ in 0..s.u32()? {
                        let size = s.u32()? as usize;
                        s.take(size)?;
                        module.bodies.push(size);
                    }
                }
                0 if s.name()? == "name" => {
                    while s.at < s.bytes.len() {
                        let (kind, size) = (s.byte()?, s.u32()? as usize);
                        let mut sub = Reader { bytes: s.take(size)?, at: 0 };
                        if kind == 1 {
                            for _ in 0..sub.u32()? {
                                let index = sub.u32()?;
                                module.names.insert(index, sub.name()?);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(module)
    }
}

/// The import section's functions (tables, memories, globals and tags are skipped).
fn imported_functions(s: &mut Reader) -> Result<u32> {
    let mut functions = 0;
    for _ in 0..s.u32()? {
        s.name()?;
        s.name()?;
        match s.byte()? {
            0 => {
                s.u32()?;
                functions += 1;
            }
            1 => {
                s.byte()?;
                s.limits()?;
            }
            2 => s.limits()?,
            3 => {
                s.byte()?;
                s.byte()?;
            }
            4 => {
                s.byte()?;
                s.u32()?;
            }
            kind => return Err(format!("an import of unknown kind {kind}")),
        }
    }
    Ok(functions)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        let end = self.at.checked_add(n).ok_or("the wasm module ends too early")?;
        let out = self.bytes.get(self.at..end).ok_or("the wasm module ends too early")?;
        self.at = end;
        Ok(out)
    }

    fn byte(&mut self) -> Result<u8> {
        Ok(self.take(1)?[0])
    }

    /// An unsigned LEB128 number.
    fn u32(&mut self) -> Result<u32> {
        let (mut value, mut shift) = (0u64, 0);
        loop {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return u32::try_from(value).map_err(|_| "a number too large in the wasm module".into());
            }
            shift += 7;
            if shift >= 35 {
                return Err("a number too long in the wasm module".into());
            }
        }
    }

    fn name(&mut self) -> Result<String> {
        let n = self.u32()? as usize;
        Ok(String::from_utf8_lossy(self.take(n)?).into_owned())
    }

    /// Limits: a flag, the minimum, and the maximum if the flag says so (64-bit memories too).
    fn limits(&mut self) -> Result<()> {
        let flags = self.byte()?;
        self.u32()?;
        if flags & 1 == 1 {
            self.u32()?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_credited_to_the_crate_that_made_the_code() {
        assert_eq!(crate_of("core[c59]::ptr::drop_in_place::<yew[56f]::html::RenderRunner>"), "yew");
        assert_eq!(
            crate_of("<alloc[3ca]::btree::BalancingContext<alloc[3ca]::string::String, avenir_core[622]::answers::A>>"),
            "avenir_core"
        );
        assert_eq!(crate_of("<avenir_web[d4b]::views::App as yew[56f]::BaseComponent>::view"), "avenir_web");
        assert_eq!(crate_of("<alloc[3ca]::alloc::Global>::alloc_impl_runtime[8]"), STD_LABEL);
        assert_eq!(crate_of("__wbindgen_malloc"), UNNAMED);
        assert_eq!(crate_of("é[1]::x"), UNNAMED, "no crate name, no panic");
        assert_eq!(crate_of("<é yew[1]::x>"), "yew");
    }

    #[test]
    fn a_module_is_read_and_its_functions_counted_by_crate() {
        // One imported function, two defined ones (bodies of 2 and 4 bytes), named.
        let mut m = b"\0asm\x01\0\0\0".to_vec();
        let section = |m: &mut Vec<u8>, id: u8, payload: &[u8]| {
            m.push(id);
            m.push(payload.len() as u8);
            m.extend_from_slice(payload);
        };
        section(&mut m, 2, &[1, 1, b'a', 1, b'b', 0, 0]);
        section(&mut m, 10, &[2, 2, 0, 0x0b, 4, 0, 1, 1, 0x0b]);
        let mut names = vec![4, b'n', b'a', b'm', b'e'];
        let funcs: Vec<u8> = [&[2u8, 1, 9][..], b"yew[1]::a", &[2, 16], b"avenir_web[2]::b"].concat();
        let mut sub = vec![1, funcs.len() as u8];
        sub.extend_from_slice(&funcs);
        names.extend_from_slice(&sub);
        section(&mut m, 0, &names);
        let rows = code_by_crate(&m).unwrap();
        assert_eq!(rows, vec![("avenir_web".to_string(), 4), ("yew".to_string(), 2)]);
        assert!(table(&rows, 1).contains("1 other crates"));
        assert!(!table(&rows, 1).contains("most names"));
        assert!(table(&[(UNNAMED.to_string(), 3), ("yew".to_string(), 2)], 5).contains("most names"));
        assert!(code_by_crate(b"\0asm\x01\0\0\0\x0a\x05").is_err(), "a cut module is an error");
    }
}
