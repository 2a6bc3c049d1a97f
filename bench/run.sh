#!/usr/bin/env bash
# Side-by-side benchmark of the publish command line against its peers, on
# generated manuscripts (internal/benchdata), with hyperfine:
#   EPUB of a 150,000-word book   vs  pandoc manuscript.md -o x.epub
#   PDF of a 40,000-word book     vs  weasyprint x.html x.pdf, on HTML that
#                                     pandoc -s made beforehand (not timed)
#   linear growth                 a book 4x longer takes at most 4.4x as long,
#                                 and so does the import of a pasted article
#                                 with quotations and pull quotes
#   the sample's two editions     one whole process, under 50 ms
#   a photo book (124 photographs of 2400x1600, 4 of them 6000x4000 camera
#   originals, 8 figures showing one again): EPUB vs pandoc, PDF vs
#   WeasyPrint; both editions of 300 photographs; 200 chapters showing 3
#   photographs (600 figures): EPUB size vs pandoc's; the 4 originals
#   scaled for the EPUB vs ImageMagick's convert -resize
#   batches                       2,000 articles and 8 photo books, at
#                                 --jobs 1 and the default: CPU and wall time
# Peak memory comes from /usr/bin/time -v. Needs: go, hyperfine, pandoc,
# weasyprint, jq, ImageMagick and GNU time (Debian: hyperfine pandoc
# weasyprint jq imagemagick time).
# Usage: bench/run.sh [README.md]   (make bench): prints the results table
# and, given a file, rewrites its block between the bench markers.
# Environment: RUNS (fast commands, default 10), SLOW_RUNS (pandoc and
# WeasyPrint, default 3), EPUB_WORDS (150000), PDF_WORDS (40000),
# BENCH_CACHE (where generated photographs are kept between runs, default
# $TMPDIR/publish-bench-photos), KEEP=1 keeps the work directory.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-10}
SLOW_RUNS=${SLOW_RUNS:-3}
EPUB_WORDS=${EPUB_WORDS:-150000}
PDF_WORDS=${PDF_WORDS:-40000}
results=${1:-}

convert=/usr/bin/convert # ImageMagick's, not a stand-in earlier on PATH
for tool in go hyperfine pandoc weasyprint jq /usr/bin/time $convert; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not installed (apt-get install hyperfine pandoc weasyprint jq imagemagick time)" >&2; exit 2; }
done
cache=${BENCH_CACHE:-${TMPDIR:-/tmp}/publish-bench-photos}

work=$(mktemp -d "${TMPDIR:-/tmp}/publish-bench.XXXXXX")
[ "${KEEP:-}" = 1 ] && echo "bench: work directory $work" >&2 || trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1700000000

load=$(cut -d' ' -f1-3 /proc/loadavg)
make -s build BIN="$work/publish" # the binary users build
go build -o "$work/benchdata" ./internal/benchdata/cmd
pub="$work/publish"
for w in "$EPUB_WORDS" $((EPUB_WORDS / 4)) "$PDF_WORDS" $((PDF_WORDS / 4)); do
  [ -d "$work/w$w" ] || "$work/benchdata" -words "$w" -out "$work/w$w" >/dev/null
done
E=$work/w$EPUB_WORDS E4=$work/w$((EPUB_WORDS / 4)) P=$work/w$PDF_WORDS P4=$work/w$((PDF_WORDS / 4))
(cd "$P" && pandoc -s manuscript.md -o book.html) # WeasyPrint's input, not timed
"$work/benchdata" -article -quotes -words 100000 -out "$work/paste1.txt"
"$work/benchdata" -article -quotes -words 400000 -out "$work/paste4.txt"
# Photo books: the photographs are drawn once into $cache and linked.
photos() { "$work/benchdata" -photo-cache "$cache" "$@" >/dev/null; }
B=$work/photo124 B300=$work/photo300 R=$work/repeat O=$work/originals
photos -photos 124 -out "$B"
photos -photos 300 -originals 10 -out "$B300"
photos -photos 3 -originals -1 -figures 600 -chapters 200 -out "$R"
photos -photos 4 -originals 4 -seed 9 -out "$O"
for k in 1 2 3 4 5 6 7 8; do photos -photos 24 -originals 1 -seed $((100 + k)) -out "$work/books/book$k"; done
"$work/benchdata" -articles 2000 -words 700 -figure-every 300 -out "$work/articles" >/dev/null
(cd "$B" && pandoc -s manuscript.md -o book.html) # WeasyPrint's input, not timed

# median TIME.json N: median seconds of command N in a hyperfine export (the
# median, not the mean, so that one run slowed by another process does not
# decide a ratio)
median() { jq -r ".results[$2].median" "$1"; }
stddev() { jq -r ".results[$2].stddev" "$1"; }
# cpu TIME.json N: mean user+system seconds, steadier than wall time on a busy machine
cpu() { jq -r ".results[$2].user + .results[$2].system" "$1"; }
# peak KB of one run of a command, from GNU time
peak() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}'; }
hf() { hyperfine --style basic --export-json "$@" >&2; }

echo "== EPUB, $EPUB_WORDS words: publish vs pandoc" >&2
hf "$work/epub.json" --warmup 1 --runs "$SLOW_RUNS" \
  -n publish "$pub -q epub -o $work/p.epub $E" \
  -n pandoc "cd $E && pandoc manuscript.md -o $work/pandoc.epub"
# publish alone, with more runs: its time is what the ratio is made of
hf "$work/epub-pub.json" --warmup 2 --runs "$RUNS" -n publish "$pub -q epub -o $work/p.epub $E"

echo "== PDF, $PDF_WORDS words: publish vs WeasyPrint (HTML from pandoc, made beforehand)" >&2
hf "$work/pdf.json" --warmup 0 --runs "$SLOW_RUNS" \
  -n weasyprint "cd $P && weasyprint book.html $work/weasy.pdf"
hf "$work/pdf-pub.json" --warmup 2 --runs "$RUNS" -n publish "$pub -q pdf -o $work/p.pdf $P"

echo "== linear growth: a book 4x longer" >&2
hf "$work/lin.json" --warmup 2 --runs "$RUNS" \
  -n "epub $((EPUB_WORDS / 4))" "$pub -q epub -o $work/l.epub $E4" \
  -n "epub $EPUB_WORDS" "$pub -q epub -o $work/l.epub $E" \
  -n "pdf $((PDF_WORDS / 4))" "$pub -q pdf -o $work/l.pdf $P4" \
  -n "pdf $PDF_WORDS" "$pub -q pdf -o $work/l.pdf $P"

echo "== import growth: a pasted article 4x longer, with quotations and pull quotes" >&2
hf "$work/imp.json" --warmup 1 --runs "$SLOW_RUNS" \
  -n "import 100000" "$pub -q import --force --out $work/imp1 $work/paste1.txt" \
  -n "import 400000" "$pub -q import --force --out $work/imp4 $work/paste4.txt"

echo "== the bundled sample, both editions, one process" >&2
hf "$work/sample.json" --warmup 5 --runs $((RUNS * 3)) -N -n sample "$pub -q build --out-dir $work/sample"

echo "== photo book: EPUB vs pandoc, PDF vs WeasyPrint (HTML from pandoc, made beforehand)" >&2
hf "$work/photo.json" --warmup 1 --runs "$SLOW_RUNS" \
  -n "publish epub" "$pub -q epub -o $work/b.epub $B" \
  -n pandoc "cd $B && pandoc manuscript.md -o $work/b-pandoc.epub" \
  -n "publish pdf" "$pub -q pdf -o $work/b.pdf $B"
hf "$work/photo-weasy.json" --warmup 0 --runs 1 -n weasyprint "cd $B && weasyprint book.html $work/b-weasy.pdf"
echo "== 300 photographs, both editions; 600 figures of 3 photographs; 4 originals scaled" >&2
hf "$work/photo300.json" --warmup 0 --runs "$SLOW_RUNS" -n build300 "$pub -q build --out-dir $work/b300 $B300"
"$pub" -q epub -o "$work/r.epub" "$R"
(cd "$R" && pandoc manuscript.md -o "$work/r-pandoc.epub")
# The originals at the EPUB's 4 megapixels: 6000x4000 -> 2449x1632, JPEG at quality 85.
hf "$work/scale.json" --warmup 1 --runs "$SLOW_RUNS" \
  -n publish "$pub -q epub -o $work/o.epub $O" \
  -n convert "for f in $O/images/*.jpg; do $convert \$f -resize 2449x1632 -quality 85 $work/o-convert.jpg; done"

echo "== batches at --jobs 1 and the default ($(nproc)): 2000 articles, 8 photo books" >&2
hf "$work/batch.json" --warmup 0 --runs 1 \
  -n "articles 1" "$pub -q build --jobs 1 --out-dir $work/ba1 $work/articles" \
  -n "articles" "$pub -q build --out-dir $work/ba $work/articles" \
  -n "books 1" "$pub -q build --jobs 1 --out-dir $work/bb1 $work/books" \
  -n "books" "$pub -q build --out-dir $work/bb $work/books"

mem_photo_epub=$(peak "$pub" -q epub -o "$work/b.epub" "$B")
mem_photo_pandoc=$(cd "$B" && peak pandoc manuscript.md -o "$work/b-pandoc.epub")
mem_photo_pdf=$(peak "$pub" -q pdf -o "$work/b.pdf" "$B")
mem_photo_weasy=$(cd "$B" && peak weasyprint book.html "$work/b-weasy.pdf")
mem_photo300=$(peak "$pub" -q build --out-dir "$work/b300" "$B300")
mem_pub_epub=$(peak "$pub" -q epub -o "$work/p.epub" "$E")
mem_pandoc=$(cd "$E" && peak pandoc manuscript.md -o "$work/pandoc.epub")
mem_pub_pdf=$(peak "$pub" -q pdf -o "$work/p.pdf" "$P")
mem_weasy=$(cd "$P" && peak weasyprint book.html "$work/weasy.pdf")
mem_sample=$(peak "$pub" -q build --out-dir "$work/sample")

t_pub_epub=$(median "$work/epub-pub.json" 0) t_pandoc=$(median "$work/epub.json" 1)
t_pub_pdf=$(median "$work/pdf-pub.json" 0) t_weasy=$(median "$work/pdf.json" 0)
t_e4=$(median "$work/lin.json" 0) t_e=$(median "$work/lin.json" 1)
t_p4=$(median "$work/lin.json" 2) t_p=$(median "$work/lin.json" 3)
t_sample=$(median "$work/sample.json" 0)
t_i1=$(median "$work/imp.json" 0) t_i4=$(median "$work/imp.json" 1)
c_pub_epub=$(cpu "$work/epub-pub.json" 0) c_pandoc=$(cpu "$work/epub.json" 1)
c_pub_pdf=$(cpu "$work/pdf-pub.json" 0) c_weasy=$(cpu "$work/pdf.json" 0)
c_sample=$(cpu "$work/sample.json" 0)

t_b_epub=$(median "$work/photo.json" 0) t_b_pandoc=$(median "$work/photo.json" 1) t_b_pdf=$(median "$work/photo.json" 2)
t_b_weasy=$(median "$work/photo-weasy.json" 0) t_b300=$(median "$work/photo300.json" 0)
t_scale=$(median "$work/scale.json" 0) t_convert=$(median "$work/scale.json" 1)
c_b_epub=$(cpu "$work/photo.json" 0) c_b_pdf=$(cpu "$work/photo.json" 2)
size() { stat -c %s "$1"; }
s_r=$(size "$work/r.epub") s_r_pandoc=$(size "$work/r-pandoc.epub")
s_b=$(size "$work/b.epub") s_b_pandoc=$(size "$work/b-pandoc.epub")
ncpu=$(nproc)
# util N: CPU time / (wall time x CPUs) of batch command N
util() { jq -r --argjson n "$ncpu" ".results[$1] | (.user + .system) / (.median * \$n)" "$work/batch.json" | awk '{ printf "%.2f", $1 }'; }
batch_row() { # NAME INDEX-AT-1 INDEX-AT-DEFAULT
  local w1 wd
  w1=$(median "$work/batch.json" "$2") wd=$(median "$work/batch.json" "$3")
  echo "| batch of $1: --jobs 1 | $(ms "$w1") wall, CPU $(ms "$(cpu "$work/batch.json" "$2")") | | utilisation $(util "$2") | | |"
  echo "| batch of $1: --jobs $ncpu (default) | $(ms "$wd") wall, CPU $(ms "$(cpu "$work/batch.json" "$3")") | | utilisation $(util "$3"), $(r "$w1" "$wd")× the speed of --jobs 1 | ≥ 0.9 | $(verdict "$(util "$3")" ">=" 0.9) |"
}

# verdict ok|miss VALUE OP LIMIT
verdict() { awk -v v="$1" -v l="$3" -v op="$2" 'BEGIN { ok = (op == ">=") ? v >= l : v <= l; print (ok ? "met" : "**missed**") }'; }
r() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
ms() { awk -v a="$1" 'BEGIN { printf "%.0f ms", a * 1000 }'; }
mb() { awk -v a="$1" 'BEGIN { printf "%.0f MB", a / 1024 }'; }

epub_speed=$(r "$t_pandoc" "$t_pub_epub") epub_mem=$(awk -v a="$mem_pub_epub" -v b="$mem_pandoc" 'BEGIN { printf "%.2f", a / b }')
pdf_speed=$(r "$t_weasy" "$t_pub_pdf")
lin_e=$(awk -v a="$t_e" -v b="$t_e4" 'BEGIN { printf "%.2f", a / b }')
lin_p=$(awk -v a="$t_p" -v b="$t_p4" 'BEGIN { printf "%.2f", a / b }')
lin_i=$(awk -v a="$t_i4" -v b="$t_i1" 'BEGIN { printf "%.2f", a / b }')

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
memtotal=$(awk '/^MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo)
{
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) CPUs ($cpu), $memtotal RAM; $(pandoc --version | head -1), WeasyPrint $(weasyprint --version | awk '{print $NF}'), $(go version | awk '{print $3}')."
  echo "Load average before the run: $load."
  echo "Medians of hyperfine runs ($SLOW_RUNS for pandoc and WeasyPrint, $RUNS or more for publish); peak memory from /usr/bin/time -v."
  echo
  echo "| what | publish | peer | ratio | target | |"
  echo "|---|---|---|---|---|---|"
  echo "| EPUB, $EPUB_WORDS words: time | $(ms "$t_pub_epub") | pandoc $(ms "$t_pandoc") | ${epub_speed}× faster | ≥ 20× | $(verdict "$epub_speed" ">=" 20) |"
  echo "| EPUB, $EPUB_WORDS words: CPU time | $(ms "$c_pub_epub") | pandoc $(ms "$c_pandoc") | $(r "$c_pandoc" "$c_pub_epub")× less | | |"
  echo "| EPUB, $EPUB_WORDS words: peak memory | $(mb "$mem_pub_epub") | pandoc $(mb "$mem_pandoc") | ${epub_mem} of pandoc's | ≤ 0.25 | $(verdict "$epub_mem" "<=" 0.25) |"
  echo "| PDF, $PDF_WORDS words: time | $(ms "$t_pub_pdf") | WeasyPrint $(ms "$t_weasy") | ${pdf_speed}× faster | ≥ 30× | $(verdict "$pdf_speed" ">=" 30) |"
  echo "| PDF, $PDF_WORDS words: CPU time | $(ms "$c_pub_pdf") | WeasyPrint $(ms "$c_weasy") | $(r "$c_weasy" "$c_pub_pdf")× less | | |"
  echo "| PDF, $PDF_WORDS words: peak memory | $(mb "$mem_pub_pdf") | WeasyPrint $(mb "$mem_weasy") | $(awk -v a="$mem_pub_pdf" -v b="$mem_weasy" 'BEGIN { printf "%.2f", a / b }') of WeasyPrint's | | |"
  echo "| EPUB growth, $((EPUB_WORDS / 4)) → $EPUB_WORDS words | $(ms "$t_e4") → $(ms "$t_e") | | ${lin_e}× for 4× the text | ≤ 4.4× | $(verdict "$lin_e" "<=" 4.4) |"
  echo "| PDF growth, $((PDF_WORDS / 4)) → $PDF_WORDS words | $(ms "$t_p4") → $(ms "$t_p") | | ${lin_p}× for 4× the text | ≤ 4.4× | $(verdict "$lin_p" "<=" 4.4) |"
  echo "| import growth, 100000 → 400000 words pasted (quotations, pull quotes) | $(ms "$t_i1") → $(ms "$t_i4") | | ${lin_i}× for 4× the text | ≤ 4.4× | $(verdict "$lin_i" "<=" 4.4) |"
  echo "| the sample's two editions, whole process | $(ms "$t_sample") (± $(ms "$(stddev "$work/sample.json" 0)"); CPU $(ms "$c_sample")), $(mb "$mem_sample") | | | < 50 ms | $(verdict "$t_sample" "<=" 0.05) |"
  rb=$(awk -v a="$t_b_epub" -v b="$t_b_pandoc" 'BEGIN { printf "%.2f", a / b }')
  rp=$(awk -v a="$t_b_pdf" -v b="$t_b_weasy" 'BEGIN { printf "%.3f", a / b }')
  rs=$(awk -v a="$s_r" -v b="$s_r_pandoc" 'BEGIN { printf "%.2f", a / b }')
  echo "| photo book (124 photographs, 4 originals), EPUB: time | $(ms "$t_b_epub") (CPU $(ms "$c_b_epub")) | pandoc $(ms "$t_b_pandoc") | ${rb} of pandoc's time | ≤ 0.5 | $(verdict "$rb" "<=" 0.5) |"
  echo "| photo book, EPUB: peak memory, size | $(mb "$mem_photo_epub"), $(mb "$((s_b / 1024))") | pandoc $(mb "$mem_photo_pandoc"), $(mb "$((s_b_pandoc / 1024))") | | ≤ 400 MB | $(verdict "$((mem_photo_epub / 1024))" "<=" 400) |"
  echo "| photo book, PDF: time | $(ms "$t_b_pdf") (CPU $(ms "$c_b_pdf")) | WeasyPrint $(ms "$t_b_weasy") | ${rp} of WeasyPrint's time | ≤ 0.1 | $(verdict "$rp" "<=" 0.1) |"
  echo "| photo book, PDF: peak memory | $(mb "$mem_photo_pdf") | WeasyPrint $(mb "$mem_photo_weasy") | | ≤ 400 MB | $(verdict "$((mem_photo_pdf / 1024))" "<=" 400) |"
  echo "| 300 photographs (10 originals), both editions (build) | $(ms "$t_b300"), $(mb "$mem_photo300") | | | ≤ 400 MB | $(verdict "$((mem_photo300 / 1024))" "<=" 400) |"
  echo "| 200 chapters showing 3 photographs (600 figures), EPUB size | $(mb "$((s_r / 1024))") | pandoc $(mb "$((s_r_pandoc / 1024))") | ${rs} of pandoc's size | ≤ 1.5 | $(verdict "$rs" "<=" 1.5) |"
  echo "| 4 camera originals scaled to 4 megapixels | $(ms "$t_scale") (whole EPUB) | convert -resize $(ms "$t_convert") | $(r "$t_convert" "$t_scale")× faster | | |"
  batch_row "2,000 articles" 0 1
  batch_row "8 photo books" 2 3
} >"$work/table.md"
cat "$work/table.md"
if [ -n "$results" ]; then # rewrite the block between the bench markers
  awk -v table="$work/table.md" '
    /<!-- bench:begin -->/ { print; while ((getline l < table) > 0) print l; skip = 1; next }
    /<!-- bench:end -->/ { skip = 0 }
    !skip' "$results" >"$results.tmp" && mv "$results.tmp" "$results"
fi
