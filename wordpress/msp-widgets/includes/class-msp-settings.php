<?php
/**
 * The plugin's settings, one option: structure name, external endpoint, retention, uninstall choice.
 *
 * @package msp-widgets
 */

defined( 'ABSPATH' ) || exit;

class MSP_Widgets_Settings {

	const OPTION = 'msp_widgets_settings';

	/** Settings with their defaults. */
	public static function defaults() {
		return array(
			'structure_name'     => '',
			'external_endpoint'  => '',
			'contacts_months'    => 12,
			'submissions_months' => 36,
			'drop_on_uninstall'  => false,
		);
	}

	/** All settings, defaults filled in. */
	public static function all() {
		$saved = get_option( self::OPTION, array() );
		return array_merge( self::defaults(), is_array( $saved ) ? $saved : array() );
	}

	public static function get( $key ) {
		$all = self::all();
		return $all[ $key ];
	}

	/** The team's name: the setting, else the site's name. */
	public static function structure_name() {
		$name = trim( (string) self::get( 'structure_name' ) );
		return '' !== $name ? $name : wp_specialchars_decode( get_bloginfo( 'name' ), ENT_QUOTES );
	}

	/** Where the widgets send: the federation's collector when set, the site's own route otherwise. */
	public static function endpoint() {
		$external = trim( (string) self::get( 'external_endpoint' ) );
		return '' !== $external ? $external : rest_url( 'msp/v1/submissions' );
	}

	/** A read route next to the endpoint (`feed`, `events`): `<base>/feed` for `<base>/submissions`. */
	public static function sibling( $route ) {
		$endpoint = self::endpoint();
		$base     = preg_replace( '#/submissions/?$#', '', $endpoint );
		return $base === $endpoint ? rest_url( 'msp/v1/' . $route ) : $base . '/' . $route;
	}

	/** The default language of the widgets: the site's, when the widgets know it; French otherwise. */
	public static function default_lang() {
		$lang = substr( get_locale(), 0, 2 );
		return in_array( $lang, array( 'fr', 'en' ), true ) ? $lang : 'fr';
	}

	/**
	 * Sanitizes the settings form.
	 *
	 * @param mixed $input Submitted values.
	 * @return array
	 */
	public static function sanitize( $input ) {
		$input = is_array( $input ) ? $input : array();
		$clean = self::defaults();

		$clean['structure_name'] = isset( $input['structure_name'] ) ? sanitize_text_field( wp_unslash( $input['structure_name'] ) ) : '';
		$endpoint                = isset( $input['external_endpoint'] ) ? trim( wp_unslash( $input['external_endpoint'] ) ) : '';
		if ( '' !== $endpoint && ! wp_http_validate_url( $endpoint ) ) {
			add_settings_error( self::OPTION, 'endpoint', __( 'L’adresse du point de collecte externe doit être une adresse https:// complète. Elle n’a pas été changée.', 'msp-widgets' ) );
			$endpoint = (string) self::get( 'external_endpoint' );
		}
		$clean['external_endpoint']  = '' === $endpoint ? '' : esc_url_raw( $endpoint, array( 'https', 'http' ) );
		$clean['contacts_months']    = isset( $input['contacts_months'] ) ? max( 1, min( 120, absint( $input['contacts_months'] ) ) ) : 12;
		$clean['submissions_months'] = isset( $input['submissions_months'] ) ? max( 1, min( 240, absint( $input['submissions_months'] ) ) ) : 36;
		$clean['drop_on_uninstall']  = ! empty( $input['drop_on_uninstall'] );

		// Who may read the results: the capability, granted or taken per role (administrators always keep it).
		if ( isset( $input['roles'] ) || isset( $input['roles_shown'] ) ) {
			$granted = isset( $input['roles'] ) && is_array( $input['roles'] ) ? array_map( 'sanitize_key', $input['roles'] ) : array();
			foreach ( wp_roles()->role_objects as $name => $role ) {
				if ( 'administrator' === $name || in_array( $name, $granted, true ) ) {
					$role->add_cap( MSP_WIDGETS_CAPABILITY );
				} else {
					$role->remove_cap( MSP_WIDGETS_CAPABILITY );
				}
			}
		}
		return $clean;
	}
}
