# Writes src/shared/tz-abbreviations.ts: the abbreviation tzdata gives each zone's offsets since
# 1970, which is what Ruby's strftime('%Z') prints under Jekyll (it sets ENV["TZ"] from
# `timezone:`). Node's Intl has other names (ICU's: `GMT+9` for JST, `GST` for Dubai's `+04`), and
# kiln cannot count on reading /usr/share/zoneinfo at build time, so the names are kept here.
#
#   ruby scripts/tz-abbreviations.rb > src/shared/tz-abbreviations.ts
#   npx biome check --write src/shared/tz-abbreviations.ts
#   ruby scripts/tz-abbreviations.rb --expected > test/unit/shared/tz-abbreviations.expected.txt
#
# The second prints Ruby's `%Z` for every zone at a few instants, which the unit test checks.
#
# Compact by design: a zone whose abbreviations are all numeric (`+04`, `-0330`, as tzdata writes
# an offset with no name) is left out, since kiln prints those from the offset; within a zone an
# offset has one name until tzdata gives it another (Moscow's +04 was MSD, then MSK), and only
# those changes are listed; zones with the same names share one line.
ZONEINFO = "/usr/share/zoneinfo"
SKIP = %r{\A(posix|right)/|\.(tab|zi|list)\z|\A(leapseconds|localtime|posixrules|SECURITY|Factory)\z}

names = Dir.chdir(ZONEINFO) { Dir.glob("**/*").select { |f| File.file?(f) && f !~ SKIP } }.sort

if ARGV == ["--expected"]
  instants = %w[1985-07-01 2005-01-01 2025-01-15 2025-07-15 2040-07-01].map { |d| Time.utc(*d.split("-").map(&:to_i), 12).to_i }
  puts "# zone, then Ruby's strftime('%Z') at #{instants.join(' ')} (epoch seconds), joined by |"
  names.each do |zone|
    ENV["TZ"] = zone
    puts "#{zone} #{instants.map { |t| Time.at(t).strftime('%Z') }.join('|')}"
  end
  exit
end

def numeric(offset)
  sign = offset.negative? ? "-" : "+"
  h, m = offset.abs.divmod(3600)
  format("%s%02d%s", sign, h, (m / 60).zero? ? "" : format("%02d", m / 60))
end

# The zone's periods from 1970: [start (epoch seconds, nil for the first), offset minutes, name].
def periods(zone)
  ENV["TZ"] = zone
  starts = [nil] + `zdump -v -c 1970,2038 #{zone}`.lines.grep(/gmtoff/).each_slice(2).filter_map do |_, after|
    next unless after
    Time.utc(*after.split(" UT = ")[0].split(/\s+/).then { |f| [f[5].to_i, f[2], f[3].to_i, *f[4].split(":").map(&:to_i)] }).to_i
  end
  starts.map do |s|
    t = Time.at(s || 0)
    [s, (t.utc_offset / 60.0).round, t.strftime("%Z")]
  end
end

# Eras: [until (epoch seconds, nil for the last), {offset => name}], a new era where an offset
# already named gets another name.
def eras(zone)
  out = [[nil, {}]]
  periods(zone).each do |start, offset, name|
    names = out.last[1]
    if names.key?(offset) && names[offset] != name
      out.last[0] = start
      out << [nil, {}]
      names = out.last[1]
    end
    names[offset] = name
  end
  out
end

def encode(eras)
  eras.map do |until_, names|
    pairs = names.reject { |offset, name| name == numeric(offset * 60) }.map { |offset, name| "#{offset} #{name}" }
    ([until_&.to_s(36)].compact + pairs).join(" ")
  end.join(",")
end

groups = Hash.new { |h, k| h[k] = [] }
names.each do |zone|
  line = encode(eras(zone))
  groups[line] << zone unless line.delete(",").empty?
end

tzdata = File.read(File.join(ZONEINFO, "tzdata.zi"))[/version\s+(\S+)/, 1]
puts "// Made by scripts/tz-abbreviations.rb from tzdata #{tzdata}; do not edit by hand."
puts "/**"
puts " * tzdata's names for zones' offsets since 1970, as [names, zones] (zones that share the names)."
puts " * The names are `minutes NAME` pairs; `,` starts a later era, led by when the era before it ended"
puts " * (epoch seconds, base 36). An offset not named is written as a number (`+04`, `-0330`), as"
puts " * tzdata does; so is an offset a zone had only before 1970 (its `LMT` and the like are not kept)."
puts " */"
puts "export const TZ_ABBREVIATIONS: readonly (readonly [string, string])[] = ["
groups.sort_by { |line, _| line }.each { |line, zones| puts "  [#{line.inspect.tr('"', "'")}, '#{zones.join(' ')}']," }
puts "];"
