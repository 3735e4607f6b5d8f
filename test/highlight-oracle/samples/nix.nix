# Development shell and package for the docs site
{ pkgs ? import <nixpkgs> { }, nodeVersion ? "20" }:

let
  inherit (pkgs) lib stdenv;
  nodejs = pkgs."nodejs_${nodeVersion}";
  /* Ruby with the gems Jekyll needs, for comparing outputs */
  rubyEnv = pkgs.ruby.withPackages (ps: with ps; [ jekyll rouge ]);
in
rec {
  site = stdenv.mkDerivation {
    pname = "docs-site";
    version = "1.4.0";
    src = lib.cleanSource ./.;
    nativeBuildInputs = [ nodejs ];
    buildPhase = ''
      export HOME=$TMPDIR
      npm ci --offline
      node dist/cli.js build --destination $out
    '';
    dontInstall = true;
    meta = with lib; {
      description = "The project's documentation";
      license = licenses.mit;
      platforms = platforms.unix;
    };
  };

  shell = pkgs.mkShell {
    buildInputs = [ nodejs rubyEnv pkgs.git ] ++ lib.optional stdenv.isDarwin pkgs.libiconv;
    shellHook = ''
      echo "node $(node --version), ruby ${rubyEnv.ruby.version}"
    '';
    PORT = 4000;
    ENABLE_WATCH = true;
  };

  checks = builtins.map (n: n * 2) [ 1 2 3 ] ++ [ (site.version or "0") ];
  isBig = x: if x > 10 && x != 42 then true else false;
  paths = [ ./scripts /etc/hosts https://example.org/x.tar.gz ];
}
