<?php
/**
 * Blocks and shortcodes: one per widget for the usagers, plus the team's continuum self-check. A
 * widget's ES module is enqueued only on a page that shows it, as `<script type="module">`
 * (WordPress 6.1 has no script modules API: the tag is rewritten by `script_loader_tag`).
 *
 * @package msp-widgets
 */

defined( 'ABSPATH' ) || exit;

class MSP_Widgets_Render {

	/** Handles printed as modules. */
	private static $modules = array();

	/** The widgets: tag, block title, shortcode, own attributes (block attribute => default). */
	public static function widgets() {
		$common = array(
			'structureName' => array( 'type' => 'string', 'default' => '' ),
			'lang'          => array( 'type' => 'string', 'default' => '' ),
		);
		return array(
			'idea-box'            => array(
				'tag'         => 'msp-idea-box',
				'shortcode'   => 'msp_idea_box',
				'title'       => __( 'Boîte à idées', 'msp-widgets' ),
				'description' => __( 'Les usagers proposent une idée, anonymement ; la liste « vous avez dit, nous avons fait » montre les réponses de l’équipe.', 'msp-widgets' ),
				'icon'        => 'lightbulb',
				'attributes'  => $common + array(
					'showFeed'               => array( 'type' => 'boolean', 'default' => true ),
					'participation'          => array( 'type' => 'boolean', 'default' => false ),
					'participationRecipient' => array( 'type' => 'string', 'default' => '' ),
					'participationRetention' => array( 'type' => 'string', 'default' => '' ),
					'participationRights'    => array( 'type' => 'string', 'default' => '' ),
				),
			),
			'satisfaction-survey' => array(
				'tag'         => 'msp-satisfaction-survey',
				'shortcode'   => 'msp_satisfaction_survey',
				'title'       => __( 'Questionnaire de satisfaction', 'msp-widgets' ),
				'description' => __( 'Un questionnaire court et anonyme, en ligne ou sur une tablette en salle d’attente (mode borne).', 'msp-widgets' ),
				'icon'        => 'feedback',
				'attributes'  => $common + array(
					'campaign'   => array( 'type' => 'string', 'default' => '' ),
					'kiosk'      => array( 'type' => 'boolean', 'default' => false ),
					'definition' => array( 'type' => 'string', 'default' => '' ),
				),
			),
			'event-signup'        => array(
				'tag'         => 'msp-event-signup',
				'shortcode'   => 'msp_event_signup',
				'title'       => __( 'Inscription aux ateliers', 'msp-widgets' ),
				'description' => __( 'Les usagers s’inscrivent aux ateliers et rencontres ; places et liste d’attente tenues par le site.', 'msp-widgets' ),
				'icon'        => 'calendar-alt',
				'attributes'  => $common + array(
					'heading'        => array( 'type' => 'string', 'default' => '' ),
					'contactChannel' => array( 'type' => 'string', 'default' => 'either' ),
					// The team's phone and charter of engagement, for calls for candidates and information-only events.
					'phone'          => array( 'type' => 'string', 'default' => '' ),
					'charterUrl'     => array( 'type' => 'string', 'default' => '' ),
					'events'         => array( 'type' => 'array', 'default' => array() ),
				),
			),
			'continuum-check'     => array(
				'tag'         => 'msp-continuum-check',
				'shortcode'   => 'msp_continuum_check',
				'title'       => __( 'Auto-évaluation de l’équipe (continuum)', 'msp-widgets' ),
				'description' => __( 'L’équipe situe ses pratiques sur le continuum de l’engagement des usagers.', 'msp-widgets' ),
				'icon'        => 'chart-bar',
				'attributes'  => $common + array(
					'recipientName' => array( 'type' => 'string', 'default' => '' ),
					'send'          => array( 'type' => 'boolean', 'default' => false ),
				),
			),
		);
	}

	public static function hooks() {
		add_action( 'init', array( __CLASS__, 'register' ) );
		add_filter( 'script_loader_tag', array( __CLASS__, 'module_tag' ), 10, 2 );
		add_action( 'enqueue_block_editor_assets', array( __CLASS__, 'editor_assets' ) );
		add_action( 'save_post', array( __CLASS__, 'sync_events' ), 10, 2 );
	}

	public static function register() {
		foreach ( self::widgets() as $slug => $widget ) {
			wp_register_script( 'msp-widgets-' . $slug, MSP_WIDGETS_URL . 'dist/' . $slug . '.js', array(), MSP_WIDGETS_VERSION, true );
			self::$modules[ 'msp-widgets-' . $slug ] = true;
		}
		wp_register_script( 'msp-widgets-results', MSP_WIDGETS_URL . 'dist/results.js', array(), MSP_WIDGETS_VERSION, true );
		self::$modules['msp-widgets-results'] = true;

		wp_register_script(
			'msp-widgets-editor',
			MSP_WIDGETS_URL . 'blocks/editor.js',
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
			MSP_WIDGETS_VERSION,
			true
		);
		wp_set_script_translations( 'msp-widgets-editor', 'msp-widgets', MSP_WIDGETS_DIR . 'languages' );

		foreach ( self::widgets() as $slug => $widget ) {
			register_block_type(
				'msp/' . $slug,
				array(
					'api_version'     => 2,
					'title'           => $widget['title'],
					'editor_script'   => 'msp-widgets-editor',
					'attributes'      => $widget['attributes'],
					'render_callback' => function ( $attributes ) use ( $slug ) {
						return MSP_Widgets_Render::render( $slug, $attributes );
					},
				)
			);
			add_shortcode(
				$widget['shortcode'],
				function ( $atts ) use ( $slug ) {
					return MSP_Widgets_Render::render( $slug, MSP_Widgets_Render::shortcode_attributes( $slug, $atts ) );
				}
			);
		}
	}

	/** `[msp_idea_box structure_name="…" show_feed="0"]` → the block's attributes. */
	public static function shortcode_attributes( $slug, $atts ) {
		$widgets = self::widgets();
		$out     = array();
		$atts    = is_array( $atts ) ? $atts : array();
		foreach ( $widgets[ $slug ]['attributes'] as $name => $spec ) {
			$key = strtolower( preg_replace( '/([A-Z])/', '_$1', $name ) );
			if ( ! isset( $atts[ $key ] ) ) {
				continue;
			}
			if ( 'boolean' === $spec['type'] ) {
				$out[ $name ] = in_array( strtolower( (string) $atts[ $key ] ), array( '1', 'true', 'oui', 'yes', $key ), true );
			} elseif ( 'string' === $spec['type'] ) {
				$out[ $name ] = (string) $atts[ $key ];
			}
		}
		// Bare flags: [msp_satisfaction_survey kiosk].
		foreach ( $atts as $index => $value ) {
			if ( is_int( $index ) && isset( $widgets[ $slug ]['attributes'][ $value ] ) && 'boolean' === $widgets[ $slug ]['attributes'][ $value ]['type'] ) {
				$out[ $value ] = true;
			}
		}
		return $out;
	}

	/** Adds type="module" to the widgets' script tags. */
	public static function module_tag( $tag, $handle ) {
		if ( ! isset( self::$modules[ $handle ] ) ) {
			return $tag;
		}
		$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
		return preg_replace( '/<script\s/', '<script type="module" ', $tag, 1 );
	}

	/**
	 * The widget's markup; enqueues its module (for this page only).
	 *
	 * @param string $slug       Widget.
	 * @param array  $attributes Block attributes.
	 * @return string
	 */
	public static function render( $slug, $attributes ) {
		$widgets = self::widgets();
		if ( ! isset( $widgets[ $slug ] ) ) {
			return '';
		}
		$widget = $widgets[ $slug ];
		$a      = array();
		foreach ( $widget['attributes'] as $name => $spec ) {
			$a[ $name ] = isset( $attributes[ $name ] ) ? $attributes[ $name ] : $spec['default'];
		}
		wp_enqueue_script( 'msp-widgets-' . $slug );

		$html   = array(
			'structure-name' => '' !== trim( (string) $a['structureName'] ) ? $a['structureName'] : MSP_Widgets_Settings::structure_name(),
			'lang'           => in_array( $a['lang'], array( 'fr', 'en' ), true ) ? $a['lang'] : MSP_Widgets_Settings::default_lang(),
		);
		$config = array();
		switch ( $slug ) {
			case 'idea-box':
				$html['endpoint'] = MSP_Widgets_Settings::endpoint();
				if ( $a['showFeed'] ) {
					$html['feed'] = MSP_Widgets_Settings::sibling( 'feed' );
				}
				if ( $a['participation'] ) {
					$config['participation'] = array(
						'enabled'       => true,
						'recipient'     => '' !== $a['participationRecipient'] ? $a['participationRecipient'] : sprintf( __( 'l’équipe de %s', 'msp-widgets' ), $html['structure-name'] ),
						'retention'     => '' !== $a['participationRetention'] ? $a['participationRetention'] : sprintf( _n( '%d mois', '%d mois', (int) MSP_Widgets_Settings::get( 'contacts_months' ), 'msp-widgets' ), (int) MSP_Widgets_Settings::get( 'contacts_months' ) ),
						'rightsContact' => '' !== $a['participationRights'] ? $a['participationRights'] : (string) get_option( 'admin_email' ),
					);
				}
				break;
			case 'satisfaction-survey':
				$html['endpoint'] = MSP_Widgets_Settings::endpoint();
				if ( '' !== $a['campaign'] ) {
					$html['campaign'] = $a['campaign'];
				}
				if ( $a['kiosk'] ) {
					$html['kiosk'] = true;
				}
				$definition = trim( (string) $a['definition'] );
				if ( '' !== $definition ) {
					$decoded = json_decode( $definition, true );
					if ( is_array( $decoded ) ) {
						$config['definition'] = $decoded;
					} else {
						$html['definition'] = $definition; // An address; the widget says so politely if it is wrong.
					}
				}
				break;
			case 'event-signup':
				$html['endpoint']        = MSP_Widgets_Settings::endpoint();
				$html['contact-channel'] = in_array( $a['contactChannel'], array( 'phone', 'email', 'either' ), true ) ? $a['contactChannel'] : 'either';
				if ( '' !== $a['heading'] ) {
					$config['heading'] = $a['heading'];
				}
				// A wrong number or address is the widget's to say (a polite notice), so both are passed as typed, cleaned.
				$phone = sanitize_text_field( (string) $a['phone'] );
				if ( '' !== $phone ) {
					$html['phone'] = $phone;
				}
				$charter = esc_url_raw( trim( (string) $a['charterUrl'] ), array( 'http', 'https' ) );
				if ( '' !== $charter ) {
					$html['charter-url'] = $charter;
				}
				$events = is_array( $a['events'] ) ? array_values( array_filter( $a['events'], 'is_array' ) ) : array();
				if ( $events ) {
					$config['events'] = array_map( array( __CLASS__, 'clean_event' ), $events );
				} else {
					$html['feed'] = MSP_Widgets_Settings::sibling( 'events' );
				}
				break;
			case 'continuum-check':
				if ( $a['send'] ) {
					$html['endpoint'] = MSP_Widgets_Settings::endpoint();
				}
				if ( '' !== $a['recipientName'] ) {
					$html['recipient-name'] = $a['recipientName'];
				}
				break;
		}
		return '<div class="msp-widgets msp-widgets-' . esc_attr( $slug ) . '">' . self::element( $widget['tag'], $html, $config ) . '</div>';
	}

	/** `<tag attr="…">` with an inline JSON config when there is one. */
	public static function element( $tag, array $attributes, array $config = array() ) {
		$out = '<' . $tag;
		foreach ( $attributes as $name => $value ) {
			$out .= true === $value ? ' ' . esc_attr( $name ) : ' ' . esc_attr( $name ) . '="' . esc_attr( $value ) . '"';
		}
		$out .= '>';
		if ( $config ) {
			// JSON_HEX_TAG: a "</script>" typed in a field cannot close the element.
			$out .= '<script type="application/json">' . wp_json_encode( $config, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE ) . '</script>';
		}
		return $out . '</' . $tag . '>';
	}

	/** An event from the block sidebar, in the feed's format (empty optional fields dropped). */
	public static function clean_event( array $event ) {
		$out = array();
		foreach ( array( 'id', 'title', 'kind', 'start', 'end', 'theme', 'audience', 'description', 'deadline' ) as $key ) {
			if ( isset( $event[ $key ] ) && '' !== trim( (string) $event[ $key ] ) ) {
				$out[ $key ] = (string) $event[ $key ];
			}
		}
		$place        = isset( $event['place'] ) && is_array( $event['place'] ) ? $event['place'] : array();
		$out['place'] = array( 'name' => isset( $place['name'] ) ? (string) $place['name'] : '' );
		foreach ( array( 'address', 'accessibility' ) as $key ) {
			if ( ! empty( $place[ $key ] ) ) {
				$out['place'][ $key ] = (string) $place[ $key ];
			}
		}
		if ( isset( $place['wheelchairAccessible'] ) && is_bool( $place['wheelchairAccessible'] ) ) {
			$out['place']['wheelchairAccessible'] = $place['wheelchairAccessible'];
		}
		$objectives        = isset( $event['objectives'] ) ? (array) $event['objectives'] : array();
		$out['objectives'] = array_values( array_filter( array_map( 'strval', $objectives ), 'strlen' ) );
		foreach ( array( 'capacity', 'maxSeatsPerSignup' ) as $key ) {
			if ( isset( $event[ $key ] ) && '' !== $event[ $key ] && null !== $event[ $key ] ) {
				$out[ $key ] = (int) $event[ $key ];
			}
		}
		if ( isset( $event['healthRelated'] ) && is_bool( $event['healthRelated'] ) ) {
			$out['healthRelated'] = $event['healthRelated'];
		}
		$call_kind = isset( $out['kind'] ) && 0 === strpos( $out['kind'], 'appel-candidatures-' );
		// 'online' is the default: only an information-only event says so (a call always receives candidacies).
		if ( isset( $event['signup'] ) && 'none' === $event['signup'] && ! $call_kind ) {
			$out['signup'] = 'none';
		}
		if ( isset( $event['phone'] ) && is_scalar( $event['phone'] ) ) {
			$phone = sanitize_text_field( (string) $event['phone'] );
			if ( '' !== $phone ) {
				$out['phone'] = $phone;
			}
		}
		// A call's facts, only on a call for candidates (the contract refuses them elsewhere).
		if ( $call_kind && isset( $event['call'] ) && is_array( $event['call'] ) ) {
			$call = array();
			foreach ( array( 'role', 'time', 'training', 'compensation' ) as $key ) {
				if ( isset( $event['call'][ $key ] ) && is_scalar( $event['call'][ $key ] ) ) {
					$value = 'role' === $key ? sanitize_textarea_field( (string) $event['call'][ $key ] ) : sanitize_text_field( (string) $event['call'][ $key ] );
					if ( '' !== $value ) {
						$call[ $key ] = $value;
					}
				}
			}
			if ( isset( $event['call']['charterUrl'] ) && is_string( $event['call']['charterUrl'] ) ) {
				$charter = esc_url_raw( trim( $event['call']['charterUrl'] ), array( 'http', 'https' ) );
				if ( '' !== $charter ) {
					$call['charterUrl'] = $charter;
				}
			}
			if ( $call ) {
				$out['call'] = $call;
			}
		}
		return $out;
	}

	/**
	 * A saved page's signup blocks define their events for the endpoint: the capacity the team typed in
	 * the sidebar is the one the seats are counted against (never the one a visitor's request carries).
	 */
	public static function sync_events( $post_id, $post ) {
		if ( wp_is_post_revision( $post_id ) || 'publish' !== $post->post_status || ! has_block( 'msp/event-signup', $post ) ) {
			return;
		}
		$stack = parse_blocks( $post->post_content );
		while ( $stack ) {
			$block = array_shift( $stack );
			if ( ! empty( $block['innerBlocks'] ) ) {
				$stack = array_merge( $stack, $block['innerBlocks'] );
			}
			if ( 'msp/event-signup' !== $block['blockName'] || empty( $block['attrs']['events'] ) || ! is_array( $block['attrs']['events'] ) ) {
				continue;
			}
			foreach ( $block['attrs']['events'] as $event ) {
				if ( is_array( $event ) && ! empty( $event['id'] ) ) {
					MSP_Widgets_Store::define_event( (string) $event['id'], self::clean_event( $event ), 'block' );
				}
			}
		}
	}

	/** The editor: block definitions, and the widgets' modules for the live preview. */
	public static function editor_assets() {
		$blocks = array();
		foreach ( self::widgets() as $slug => $widget ) {
			$blocks[ $slug ] = array(
				'tag'         => $widget['tag'],
				'title'       => $widget['title'],
				'description' => $widget['description'],
				'icon'        => $widget['icon'],
				'attributes'  => $widget['attributes'],
			);
			wp_enqueue_script( 'msp-widgets-' . $slug );
		}
		wp_add_inline_script(
			'msp-widgets-editor',
			'window.mspWidgetsEditor = ' . wp_json_encode(
				array(
					'blocks'        => $blocks,
					'structureName' => MSP_Widgets_Settings::structure_name(),
					'lang'          => MSP_Widgets_Settings::default_lang(),
				)
			) . ';',
			'before'
		);
		wp_enqueue_script( 'msp-widgets-editor' );
	}
}
