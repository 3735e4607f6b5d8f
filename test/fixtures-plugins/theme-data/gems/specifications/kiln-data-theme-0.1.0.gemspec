# A theme gem for this fixture alone: scripts/plugins-expected.sh adds this folder to GEM_PATH,
# so Jekyll finds it as an installed gem; kiln reads the same files from source/_themes/.
Gem::Specification.new do |s|
  s.name = "kiln-data-theme"
  s.version = "0.1.0"
  s.summary = "A theme with data files"
  s.authors = ["kiln"]
  s.files = []
end
