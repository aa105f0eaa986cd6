import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { ErrorCode } from '@civic/contracts';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
}

/**
 * graphql-armor reports a rejection through this callback; reporting it on the validation
 * context (instead of throwing) makes Apollo answer 400 before planning or executing
 * anything, so no subgraph is called for a refused operation.
 */
function rejectAsTooComplex(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(
    new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX },
    }),
  );
}

/**
 * Depth, alias, cost, token and directive limits plus blocked field suggestions, as Apollo
 * validation rules, plugins and parse options. The token limit is graphql-js's own parser
 * option (the parser stops early, Apollo answers 400 GRAPHQL_PARSE_FAILED); graphql-armor's
 * token plugin throws from a hook where Apollo can only answer 500.
 */
export function queryProtection(limits: QueryLimits): {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
  parseOptions: { maxTokens: number };
} {
  const onRejection = { propagateOnRejection: false, onReject: [rejectAsTooComplex] };
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ...onRejection },
    maxAliases: { n: limits.maxAliases, ...onRejection },
    costLimit: { maxCost: limits.maxCost, ...onRejection },
    maxDirectives: { n: 50, ...onRejection },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true, mask: '' },
  });
  const { validationRules, plugins } = armor.protect();
  return {
    validationRules: validationRules as ValidationRule[],
    plugins: plugins as ApolloServerPlugin[],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
