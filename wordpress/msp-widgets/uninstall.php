<?php
/**
 * Uninstall: the received data (tables) is removed only when the administrator chose it in the
 * settings; the capability, the schedule and the settings always go.
 *
 * @package msp-widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

$msp_settings = get_option( 'msp_widgets_settings', array() );
if ( is_array( $msp_settings ) && ! empty( $msp_settings['drop_on_uninstall'] ) ) {
	global $wpdb;
	foreach ( array( 'submissions', 'events', 'actions', 'answers' ) as $msp_table ) {
		$wpdb->query( 'DROP TABLE IF EXISTS ' . $wpdb->prefix . 'msp_' . $msp_table ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared,WordPress.DB.DirectDatabaseQuery.SchemaChange
	}
	delete_option( 'msp_widgets_db_version' );
	delete_option( 'msp_widgets_settings' );
}
foreach ( wp_roles()->role_objects as $msp_role ) {
	$msp_role->remove_cap( 'msp_read_results' );
}
wp_clear_scheduled_hook( 'msp_widgets_retention' );
