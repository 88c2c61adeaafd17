<?php
/**
 * The envelope check: the JSON Schema that `npm run build` writes (dist/envelope.schema.json), read by
 * a small interpreter of the keywords that file uses, plus the few rules zod checks that JSON Schema
 * cannot say (the envelope's date, an event signup's contact). Parity with the widgets' own zod
 * schemas is proved by wordpress/tests/contract-parity.test.ts on shared fixtures.
 *
 * Why not Debian's php-json-schema (justinrainbow 5.2): it reads drafts 3 and 4 only, and our file is
 * draft 2020-12 (`const`, `propertyNames`); a shared host does not have it either.
 *
 * @package msp-widgets
 */

defined( 'ABSPATH' ) || defined( 'MSP_WIDGETS_CLI' ) || exit;

/**
 * Validates a decoded envelope (objects as stdClass, as json_decode( $body ) gives them).
 */
class MSP_Widgets_Validator {

	/** Keywords this interpreter understands; any other keyword in the schema is an error at load. */
	const KEYWORDS = array( '$schema', '$id', 'title', 'description', 'type', 'properties', 'required', 'additionalProperties', 'propertyNames', 'enum', 'const', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'items', 'minItems', 'maxItems', 'anyOf', 'x-payloads', 'default' );

	/** The kinds whose `createdAt` is kept at day precision (no timing correlation). */
	const ANONYMOUS_KINDS = array( 'idea', 'survey' );

	/** @var array The decoded schema file. */
	private $schema;

	/**
	 * @param array $schema The decoded dist/envelope.schema.json (associative arrays).
	 * @throws InvalidArgumentException When the schema uses a keyword this interpreter does not know.
	 */
	public function __construct( array $schema ) {
		$unknown = self::unknown_keywords( $schema );
		if ( $unknown ) {
			throw new InvalidArgumentException( 'envelope.schema.json uses keywords the PHP validator does not know: ' . implode( ', ', array_unique( $unknown ) ) );
		}
		$this->schema = $schema;
	}

	/**
	 * Loads the schema file shipped with the plugin.
	 *
	 * @param string $file Path of envelope.schema.json.
	 * @return MSP_Widgets_Validator
	 */
	public static function from_file( $file ) {
		$json = json_decode( (string) file_get_contents( $file ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		if ( ! is_array( $json ) ) {
			throw new InvalidArgumentException( 'Unreadable schema: ' . $file );
		}
		return new self( $json );
	}

	/**
	 * The envelope, then the payload of its kind (as the collector does).
	 *
	 * @param mixed $value Decoded JSON (objects as stdClass).
	 * @return array { ok: bool, problems: array<{path,message}>, envelope?: stdClass (unknown top-level keys dropped, as zod's z.object does) }
	 */
	public function validate( $value ) {
		$envelope_schema = $this->schema;
		unset( $envelope_schema['x-payloads'] );
		// The envelope is a zod z.object (not strict): unknown top-level keys are dropped, not refused.
		// zod's JSON Schema export writes additionalProperties:false for it; the collector's behaviour wins.
		unset( $envelope_schema['additionalProperties'] );
		$problems = array();
		$this->check( $value, $envelope_schema, '', $problems );
		if ( ! $problems && ! self::is_iso_date_or_instant( $value->createdAt ) ) {
			$problems[] = array( 'path' => 'createdAt', 'message' => 'une date ISO 8601 (AAAA-MM-JJ ou instant UTC)' );
		} elseif ( ! $problems && ! self::is_real_date( $value->createdAt ) ) {
			// The reference collector refuses a day that does not exist (2026-02-30, 25:00).
			$problems[] = array( 'path' => 'createdAt', 'message' => 'une date qui existe (AAAA-MM-JJ)' );
		}
		if ( $problems ) {
			return array( 'ok' => false, 'problems' => $problems );
		}
		$payloads = isset( $this->schema['x-payloads'] ) ? $this->schema['x-payloads'] : array();
		if ( isset( $payloads[ $value->kind ] ) ) {
			$this->check( $value->payload, $payloads[ $value->kind ], 'payload', $problems );
			if ( ! $problems && 'event-signup' === $value->kind && ! self::is_contact_value( $value->payload->contact->channel, $value->payload->contact->value ) ) {
				$problems[] = array( 'path' => 'payload.contact.value', 'message' => 'un numéro de téléphone ou une adresse e-mail valable' );
			}
		}
		if ( $problems ) {
			return array( 'ok' => false, 'problems' => $problems );
		}
		$envelope = new stdClass();
		foreach ( array_keys( $envelope_schema['properties'] ) as $key ) {
			if ( property_exists( $value, $key ) ) {
				$envelope->$key = $value->$key;
			}
		}
		return array( 'ok' => true, 'problems' => array(), 'envelope' => $envelope );
	}

	/** AAAA-MM-JJ or a UTC instant, as src/core/envelope.ts accepts. */
	public static function is_iso_date_or_instant( $s ) {
		return is_string( $s ) && ( preg_match( '/^\d{4}-\d{2}-\d{2}$/D', $s ) || preg_match( '/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/D', $s ) );
	}

	/** A day (and time) that exists in the calendar, as the collector's isRealDate checks. */
	public static function is_real_date( $s ) {
		if ( ! preg_match( '/^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?Z)?$/D', $s, $m ) ) {
			return false;
		}
		$hour   = isset( $m[4] ) && '' !== $m[4] ? (int) $m[4] : 0;
		$minute = isset( $m[5] ) && '' !== $m[5] ? (int) $m[5] : 0;
		$second = isset( $m[6] ) && '' !== $m[6] ? (int) $m[6] : 0;
		return checkdate( (int) $m[2], (int) $m[3], (int) $m[1] ) && (int) $m[1] >= 1 && $hour < 24 && $minute < 60 && $second < 60;
	}

	/** A phone number or an e-mail someone typed (src/contracts/event-signup.ts, isContactValue). */
	public static function is_contact_value( $channel, $value ) {
		$trimmed = self::js_trim( $value );
		if ( 'phone' === $channel ) {
			return 1 === preg_match( '/^\+?[0-9][0-9 .-]{5,22}[0-9]$/D', $trimmed ) && strlen( preg_replace( '/\D/', '', $trimmed ) ) >= 6;
		}
		return 1 === preg_match( '/(*UCP)^[^\s@]+@[^\s@]+\.[^\s@]+$/Du', $trimmed ) && self::js_length( $trimmed ) <= 200;
	}

	/** String.prototype.trim: white space and line terminators, Unicode included. */
	private static function js_trim( $s ) {
		return preg_replace( '/^[\s\x{FEFF}\x{A0}\x{2028}\x{2029}\p{Zs}]+|[\s\x{FEFF}\x{A0}\x{2028}\x{2029}\p{Zs}]+$/Du', '', $s );
	}

	/** A string's length in Unicode code points: what JSON Schema and zod 4.6 measure (an emoji counts once). */
	public static function code_points( $s ) {
		$count = preg_match_all( '/./su', $s );
		return false === $count ? strlen( $s ) : $count;
	}

	/**
	 * A string's length as JavaScript's `.length` counts it (UTF-16 code units) (isContactValue's e-mail limit):
	 * a character outside the Basic Multilingual Plane (an emoji) counts twice.
	 */
	public static function js_length( $s ) {
		$chars = preg_match_all( '/./su', $s );
		if ( false === $chars ) {
			return strlen( $s ); // Not UTF-8: cannot happen after json_decode.
		}
		return $chars + (int) preg_match_all( '/[\x{10000}-\x{10FFFF}]/u', $s );
	}

	/**
	 * Checks $value against $schema, appending { path, message } problems.
	 *
	 * @param mixed  $value    Decoded JSON.
	 * @param mixed  $schema   Schema node (array, or true/false).
	 * @param string $path     Path so far, as the collector writes it (`payload.answers[2].value`).
	 * @param array  $problems Problems found.
	 */
	private function check( $value, $schema, $path, array &$problems ) {
		if ( false === $schema ) {
			$problems[] = self::problem( $path, 'aucune valeur ici' );
			return;
		}
		if ( ! is_array( $schema ) || ! $schema ) {
			return; // true or {}: anything.
		}
		if ( isset( $schema['anyOf'] ) ) {
			foreach ( $schema['anyOf'] as $option ) {
				$found = array();
				$this->check( $value, $option, $path, $found );
				if ( ! $found ) {
					return $this->check_rest( $value, $schema, $path, $problems );
				}
			}
			$problems[] = self::problem( $path, 'une valeur d’une des formes permises' );
			return;
		}
		$this->check_rest( $value, $schema, $path, $problems );
	}

	/** Everything but anyOf. */
	private function check_rest( $value, array $schema, $path, array &$problems ) {
		if ( isset( $schema['type'] ) && ! self::has_type( $value, $schema['type'] ) ) {
			$problems[] = self::problem( $path, self::type_label( $schema['type'] ) );
			return;
		}
		if ( array_key_exists( 'const', $schema ) && ! self::same( $value, $schema['const'] ) ) {
			$problems[] = self::problem( $path, 'la valeur ' . wp_json_encode_compat( $schema['const'] ) );
			return;
		}
		if ( isset( $schema['enum'] ) ) {
			$ok = false;
			foreach ( $schema['enum'] as $allowed ) {
				$ok = $ok || self::same( $value, $allowed );
			}
			if ( ! $ok ) {
				$problems[] = self::problem( $path, 'une de ces valeurs : ' . implode( ', ', array_map( 'wp_json_encode_compat', $schema['enum'] ) ) );
				return;
			}
		}
		if ( is_string( $value ) ) {
			$length = null;
			if ( isset( $schema['minLength'] ) || isset( $schema['maxLength'] ) ) {
				$length = self::code_points( $value );
			}
			if ( isset( $schema['minLength'] ) && $length < $schema['minLength'] ) {
				$problems[] = self::problem( $path, sprintf( 'au moins %d caractère(s)', $schema['minLength'] ) );
			}
			if ( isset( $schema['maxLength'] ) && $length > $schema['maxLength'] ) {
				$problems[] = self::problem( $path, sprintf( 'au plus %d caractères', $schema['maxLength'] ) );
			}
			if ( isset( $schema['pattern'] ) && ! self::matches( $schema['pattern'], $value ) ) {
				$problems[] = self::problem( $path, 'une valeur de la forme ' . $schema['pattern'] );
			}
		}
		if ( is_int( $value ) || is_float( $value ) ) {
			if ( isset( $schema['minimum'] ) && $value < $schema['minimum'] ) {
				$problems[] = self::problem( $path, 'au moins ' . $schema['minimum'] );
			}
			if ( isset( $schema['maximum'] ) && $value > $schema['maximum'] ) {
				$problems[] = self::problem( $path, 'au plus ' . $schema['maximum'] );
			}
			if ( isset( $schema['exclusiveMinimum'] ) && $value <= $schema['exclusiveMinimum'] ) {
				$problems[] = self::problem( $path, 'plus de ' . $schema['exclusiveMinimum'] );
			}
			if ( isset( $schema['exclusiveMaximum'] ) && $value >= $schema['exclusiveMaximum'] ) {
				$problems[] = self::problem( $path, 'moins de ' . $schema['exclusiveMaximum'] );
			}
		}
		if ( is_array( $value ) ) {
			if ( isset( $schema['minItems'] ) && count( $value ) < $schema['minItems'] ) {
				$problems[] = self::problem( $path, sprintf( 'au moins %d élément(s)', $schema['minItems'] ) );
			}
			if ( isset( $schema['maxItems'] ) && count( $value ) > $schema['maxItems'] ) {
				$problems[] = self::problem( $path, sprintf( 'au plus %d éléments', $schema['maxItems'] ) );
			}
			if ( isset( $schema['items'] ) ) {
				foreach ( array_values( $value ) as $index => $item ) {
					$this->check( $item, $schema['items'], $path . '[' . $index . ']', $problems );
				}
			}
		}
		if ( $value instanceof stdClass ) {
			$properties = isset( $schema['properties'] ) ? $schema['properties'] : array();
			foreach ( isset( $schema['required'] ) ? $schema['required'] : array() as $key ) {
				if ( ! property_exists( $value, $key ) ) {
					$problems[] = self::problem( self::join( $path, $key ), 'une valeur (obligatoire)' );
				}
			}
			$extra = array();
			foreach ( get_object_vars( $value ) as $key => $item ) {
				$key = (string) $key;
				if ( isset( $properties[ $key ] ) ) {
					$this->check( $item, $properties[ $key ], self::join( $path, $key ), $problems );
				} elseif ( array_key_exists( 'additionalProperties', $schema ) ) {
					if ( false === $schema['additionalProperties'] ) {
						$extra[] = $key;
					} else {
						$this->check( $item, $schema['additionalProperties'], self::join( $path, $key ), $problems );
					}
				}
				if ( isset( $schema['propertyNames'] ) ) {
					$this->check( $key, $schema['propertyNames'], self::join( $path, $key ), $problems );
				}
			}
			if ( $extra ) {
				$problems[] = self::problem( '' === $path ? '(racine)' : $path, 'aucune autre clé que ' . implode( ', ', array_keys( $properties ) ) . ' (reçu : ' . implode( ', ', $extra ) . ')' );
			}
		}
	}

	/** JSON types as zod reads them: `integer` is a whole number, including 1.0 (JSON does not tell them apart). */
	private static function has_type( $value, $type ) {
		foreach ( (array) $type as $one ) {
			switch ( $one ) {
				case 'string':
					$ok = is_string( $value );
					break;
				case 'number':
					$ok = is_int( $value ) || ( is_float( $value ) && is_finite( $value ) );
					break;
				case 'integer':
					$ok = is_int( $value ) || ( is_float( $value ) && is_finite( $value ) && floor( $value ) === $value && abs( $value ) <= 9007199254740991 );
					break;
				case 'boolean':
					$ok = is_bool( $value );
					break;
				case 'array':
					$ok = is_array( $value );
					break;
				case 'object':
					$ok = $value instanceof stdClass;
					break;
				case 'null':
					$ok = null === $value;
					break;
				default:
					$ok = false;
			}
			if ( $ok ) {
				return true;
			}
		}
		return false;
	}

	private static function type_label( $type ) {
		$labels = array(
			'string'  => 'un texte',
			'number'  => 'un nombre',
			'integer' => 'un nombre entier',
			'boolean' => 'vrai ou faux',
			'array'   => 'une liste',
			'object'  => 'un objet { … }',
			'null'    => 'null',
		);
		return implode( ' ou ', array_map(
			function ( $one ) use ( $labels ) {
				return isset( $labels[ $one ] ) ? $labels[ $one ] : $one;
			},
			(array) $type
		) );
	}

	/** JSON equality for const/enum: numbers by value (1 == 1.0), everything else strictly. */
	private static function same( $a, $b ) {
		if ( ( is_int( $a ) || is_float( $a ) ) && ( is_int( $b ) || is_float( $b ) ) ) {
			return (float) $a === (float) $b;
		}
		return $a === $b;
	}

	/**
	 * An ECMAScript pattern (the subset zod writes: classes, groups, quantifiers, anchors) as PCRE.
	 * `D`: `$` is the end of the string, as in JavaScript (PCRE's `$` also matches before a final "\n").
	 */
	private static function matches( $pattern, $value ) {
		$regex = '/' . str_replace( '/', '\/', $pattern ) . '/Du';
		return 1 === preg_match( $regex, $value );
	}

	private static function join( $path, $key ) {
		return '' === $path ? $key : $path . '.' . $key;
	}

	private static function problem( $path, $message ) {
		return array(
			'path'    => '' === $path ? '(racine)' : $path,
			'message' => $message,
		);
	}

	/** Keywords in $schema that check() does not interpret (property names excepted). */
	private static function unknown_keywords( $schema, $in_properties = false ) {
		$unknown = array();
		if ( ! is_array( $schema ) ) {
			return $unknown;
		}
		foreach ( $schema as $key => $child ) {
			if ( $in_properties ) {
				$unknown = array_merge( $unknown, self::unknown_keywords( $child ) );
				continue;
			}
			if ( is_int( $key ) ) {
				$unknown = array_merge( $unknown, self::unknown_keywords( $child ) );
				continue;
			}
			if ( ! in_array( $key, self::KEYWORDS, true ) ) {
				$unknown[] = $key;
				continue;
			}
			if ( 'properties' === $key || 'x-payloads' === $key ) {
				$unknown = array_merge( $unknown, self::unknown_keywords( $child, true ) );
			} elseif ( in_array( $key, array( 'items', 'additionalProperties', 'propertyNames', 'anyOf' ), true ) ) {
				$unknown = array_merge( $unknown, self::unknown_keywords( $child ) );
			}
		}
		return $unknown;
	}
}

if ( ! function_exists( 'wp_json_encode_compat' ) ) {
	/** json_encode that works with or without WordPress loaded (the CLI parity script has no WordPress). */
	function wp_json_encode_compat( $value ) {
		return json_encode( $value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ); // phpcs:ignore WordPress.WP.AlternativeFunctions.json_encode_json_encode
	}
}
