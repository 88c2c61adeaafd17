<?php
// Router for PHP's built-in server: existing files and folders are served as they are (PHP files run),
// everything else goes to WordPress's index.php (pretty permalinks, /wp-json/…).
$msp_path = parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
$msp_file = $_SERVER['DOCUMENT_ROOT'] . $msp_path;
if ( '/' !== $msp_path && ( is_file( $msp_file ) || ( is_dir( $msp_file ) && is_file( rtrim( $msp_file, '/' ) . '/index.php' ) ) ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
