<?php
// Installs WordPress without a browser, then installs the plugin FROM THE ZIP as an administrator
// does (Extensions › Ajouter › Téléverser: Plugin_Upgrader), activates it, and prints JSON.
// Usage: php install.php <docroot> <site-url> <zip>
$msp_url = $argv[2];
$_SERVER['HTTP_HOST']   = parse_url( $msp_url, PHP_URL_HOST ) . ':' . parse_url( $msp_url, PHP_URL_PORT );
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );
require $argv[1] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

$installed = wp_install( 'Maison de santé des Tilleuls', 'admin', 'admin@msp-tilleuls.test', false, '', 'admin-password-1' );
update_option( 'permalink_structure', '/%postname%/' );
update_option( 'show_avatars', 0 ); // No request to gravatar.com from the test browser.
update_option( 'timezone_string', 'Europe/Paris' );
if ( file_exists( WP_LANG_DIR . '/fr_FR.mo' ) ) {
	update_option( 'WPLANG', 'fr_FR' ); // A French site, as the teams' sites are.
}
wp_set_current_user( $installed['user_id'] );

$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
$ok       = $upgrader->install( $argv[3] );
if ( true !== $ok ) {
	fwrite( STDERR, 'Plugin install failed: ' . print_r( $ok, true ) . print_r( $upgrader->skin->get_upgrade_messages(), true ) );
	exit( 1 );
}
$activated = activate_plugin( 'msp-widgets/msp-widgets.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, 'Plugin activation failed: ' . $activated->get_error_message() );
	exit( 1 );
}
flush_rewrite_rules();
echo json_encode( array( 'ok' => true, 'plugins' => get_option( 'active_plugins' ) ) );
