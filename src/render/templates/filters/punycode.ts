// RFC 3492's Punycode encoder, as IDNA writes a host's label after `xn--`. Node's domainToASCII
// applies today's IDNA mapping first; Addressable encodes what its own NFKC made of the label,
// upper-case letters included (`ℌello` is `xn--Hello-`).

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / 700) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  for (; d > ((BASE - T_MIN) * T_MAX) >> 1; k += BASE) d = Math.floor(d / (BASE - T_MIN));
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + 38));
}

/** A digit's letter: `a`–`z` for 0–25, `0`–`9` for 26–35. */
const digit = (d: number) => String.fromCharCode(d < 26 ? 97 + d : 22 + d);

/** A label in Punycode: its ASCII characters, a `-` if it has any, then the others' deltas. */
export function punycode(label: string): string {
  const points = Array.from(label, (c) => c.codePointAt(0)!);
  let out = '';
  for (const p of points) if (p < 128) out += String.fromCharCode(p);
  const basic = out.length;
  if (basic > 0) out += '-';
  let n = 128;
  let delta = 0;
  let bias = 72;
  for (let handled = basic; handled < points.length; n++, delta++) {
    let next = Number.POSITIVE_INFINITY;
    for (const p of points) if (p >= n && p < next) next = p;
    delta += (next - n) * (handled + 1);
    n = next;
    for (const p of points) {
      if (p < n) delta++;
      if (p !== n) continue;
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
        if (q < t) break;
        out += digit(t + ((q - t) % (BASE - t)));
        q = Math.floor((q - t) / (BASE - t));
      }
      out += digit(q);
      bias = adapt(delta, handled + 1, handled === basic);
      delta = 0;
      handled++;
    }
  }
  return out;
}
