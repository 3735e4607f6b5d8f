# Installs and configures the docs web server
class docs::web (
  String $server_name = 'docs.example.org',
  Integer $port = 80,
  Boolean $enable_tls = true,
  Array[String] $aliases = [],
) {
  package { ['nginx', 'git']:
    ensure => installed,
  }

  file { '/etc/nginx/sites-available/docs':
    ensure  => file,
    owner   => 'root',
    mode    => '0644',
    content => template('docs/nginx.conf.erb'),
    require => Package['nginx'],
    notify  => Service['nginx'],
  }

  file { '/etc/nginx/sites-enabled/docs':
    ensure => link,
    target => '/etc/nginx/sites-available/docs',
  }

  if $enable_tls and $port != 443 {
    notice("TLS enabled for ${server_name}")
  } else {
    warning('Serving docs without TLS')
  }

  exec { 'build-docs':
    command => "/usr/bin/node dist/cli.js build --destination /var/www/docs",
    cwd     => '/srv/docs',
    unless  => '/usr/bin/test -f /var/www/docs/index.html',
  }

  service { 'nginx':
    ensure => running,
    enable => true,
  }
}

include docs::web
